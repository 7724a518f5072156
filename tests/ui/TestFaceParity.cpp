// One door per action, proven from the outside: each action is driven through the console (its
// real window and dialogs), the CLI (the real program) and the REST API (a real daemon), each on
// a fresh database seeded the same way. All three must do it or refuse it alike, with the same
// sentence, leave the same state behind (servers, secrets, tasks, next fires, runs, settings), and
// audit it under their own face (a refusal leaves no audit entry).
#include "FaceDrivers.h"
#include "secrets/FileSecretStore.h"
#include "secrets/SecretStore.h"
#include "service/ServerService.h"
#include "service/Services.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/EngineRepository.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace fleetcron;
using namespace fleetcron::test;

namespace {

const Actor seeder{QStringLiteral("seed"), QStringLiteral("test")};
// Never due while a test runs, so no engine fires a seeded or added task behind its back.
const QString quietSchedule = QStringLiteral("0 0 1 1 *");

// The world a face acts on, opened in this process to seed it and to read what the face left.
struct Store {
    std::unique_ptr<Database> db;
    std::unique_ptr<FileSecretStore> secrets;
    std::unique_ptr<Services> services;

    explicit Store(const FaceWorld &world) {
        auto opened = Database::open(DatabaseLocation::sqliteFile(world.database));
        if (!opened)
            qFatal("cannot open %s", qPrintable(opened.error().toString()));
        db = std::move(opened).value();
        secrets = std::make_unique<FileSecretStore>(world.secretsDir);
        services = std::make_unique<Services>(*db, secrets.get(), nullptr, nullptr);
    }

    Server server(const QString &name, const QString &password = {}) {
        Server s;
        s.name = name;
        s.host = QStringLiteral("127.0.0.1");
        s.username = QStringLiteral("ops");
        s.auth = password.isEmpty() ? AuthMethod::Agent : AuthMethod::Password;
        auto saved = services->servers.save(
            s, password.isEmpty() ? std::nullopt : std::optional<QString>(password), seeder);
        if (!saved)
            qFatal("seeding server: %s", qPrintable(saved.error().toString()));
        return saved.value();
    }

    Task task(const QString &name, qint64 serverId, bool enabled = true,
              const QStringList &onSuccess = {}) {
        Task t = services->tasks.newTask();
        for (const QString &child : onSuccess)
            t.links.append({ChainCondition::Success, 0, child});
        t.name = name;
        t.body = QStringLiteral("uptime");
        t.schedule = quietSchedule;
        t.timeZone = QStringLiteral("UTC");
        t.serverIds = {serverId};
        t.enabled = enabled;
        // A disabled task is saved as if long ago, so it holds a next fire long past (enabling
        // must move it); an enabled one from now, so no engine owes it a catch-up run.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto saved = services->tasks.save(t, seeder, enabled ? now : now.addDays(-400));
        if (!saved)
            qFatal("seeding task: %s", qPrintable(saved.error().toString()));
        return saved.value();
    }

    // A run of `task` in progress on `server`, held by a live engine (this test process), as a
    // console or daemon elsewhere would hold it.
    Run activeRun(qint64 taskId, qint64 serverId) {
        EngineRecord engine;
        engine.id = QStringLiteral("parity-engine");
        engine.host = QHostInfo::localHostName();
        engine.pid = QCoreApplication::applicationPid();
        engine.startedAt = QDateTime::currentDateTimeUtc();
        engine.heartbeatAt = engine.startedAt;
        if (!EngineRepository(*db).registerEngine(engine))
            qFatal("seeding an engine failed");
        Run r;
        r.taskId = taskId;
        r.trigger = RunTrigger::Manual;
        r.status = RunStatus::Running;
        r.startedAt = engine.startedAt;
        r.engineId = engine.id;
        Run run = RunRepository(*db).create(r).value();
        Execution e;
        e.runId = run.id;
        e.serverId = serverId;
        e.status = ExecutionStatus::Running;
        e.startedAt = run.startedAt;
        if (!ExecutionRepository(*db).create(e))
            qFatal("seeding an execution failed");
        return run;
    }

    // What an operator would look at after the action, the same whatever face made it.
    QString state() {
        QJsonObject o;
        QJsonArray servers;
        // Removed servers too: their rows stay for history, their secrets must not.
        ServerService::Filter everyServer;
        everyServer.includeDeleted = true;
        const QList<Server> allServers = services->servers.list(everyServer).value();
        for (const Server &s : allServers) {
            const QString key =
                s.auth == AuthMethod::Password ? SecretStore::passwordKey(s.id) : QString();
            servers.append(QJsonObject{
                {QStringLiteral("name"), s.name},
                {QStringLiteral("address"), QStringLiteral("%1:%2").arg(s.host).arg(s.port)},
                {QStringLiteral("auth"), toString(s.auth)},
                {QStringLiteral("jumps"), ServerService::jumpHostNames(s).join(u',')},
                {QStringLiteral("live"), services->servers.find(s.id).ok()},
                {QStringLiteral("secret"), !key.isEmpty() && secrets->read(key).ok()}});
        }
        o.insert(QStringLiteral("servers"), servers);
        QJsonArray tasks;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<Task> allTasks = services->tasks.list().value();
        for (const Task &t : allTasks) {
            QStringList chain;
            for (const TaskLink &l : t.links)
                chain << toString(l.condition) + u':' + l.task;
            QStringList targets;
            const QList<Server> targetServers = services->tasks.targets(t.id).value();
            for (const Server &s : targetServers)
                targets << s.name;
            tasks.append(QJsonObject{
                {QStringLiteral("name"), t.name},
                {QStringLiteral("enabled"), t.enabled},
                {QStringLiteral("next fire"),
                 t.nextFireAt.isValid()
                     ? (t.nextFireAt > now ? QStringLiteral("future") : QStringLiteral("past"))
                     : QStringLiteral("none")},
                {QStringLiteral("targets"), targets.join(u',')},
                {QStringLiteral("tags"), t.serverTags.join(u',')},
                {QStringLiteral("chain"), chain.join(u',')},
                {QStringLiteral("schedule"), t.schedule},
                {QStringLiteral("start delay"), t.startDelaySeconds},
                {QStringLiteral("blackouts"), t.blackouts.join(u'|')}});
        }
        o.insert(QStringLiteral("tasks"), tasks);
        RunRepository::Filter runs;
        runs.limit = 1000;
        o.insert(QStringLiteral("runs"), int(services->runs.list(runs).value().size()));
        o.insert(QStringLiteral("global limit"),
                 services->settings.number(SettingKeys::globalLimit()));
        o.insert(QStringLiteral("global blackouts"),
                 services->settings.blackouts().value().join(u'|'));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    // The audit entries the face wrote (the seed's are left out): "face action target".
    QStringList audited() {
        QStringList out;
        const QList<AuditEntry> entries = services->audit.list({}).value();
        for (const AuditEntry &e : entries)
            if (e.face != seeder.face)
                out << QStringLiteral("%1 %2 %3").arg(e.face, e.action, e.targetName);
        return out;
    }
};

struct Action {
    std::function<void(Store &)> seed;
    std::function<FaceOutcome(FaceDriver &)> act;
    bool done = false;
    QString errorContains; // a word the refusal must name; the texts must be equal anyway
    QString audited;       // "ACTION TARGET" the face must have audited when done
};

} // namespace

Q_DECLARE_METATYPE(Action)

class TestFaceParity : public QObject {
    Q_OBJECT

    QString m_program;

    struct Result {
        QString face;
        FaceOutcome outcome;
        QString state;
        QStringList audited;
    };

    Result runOn(FaceDriver &driver, const Action &action) {
        QTemporaryDir dir;
        FaceWorld world{dir.path(), dir.filePath(QStringLiteral("fleet.sqlite")),
                        dir.filePath(QStringLiteral("secrets"))};
        Result result;
        result.face = driver.face();
        {
            Store store(world);
            action.seed(store);
        }
        if (!driver.open(world)) {
            result.outcome.error = QStringLiteral("the face did not open");
            return result;
        }
        result.outcome = action.act(driver);
        driver.close();
        Store store(world);
        result.state = store.state();
        result.audited = store.audited();
        return result;
    }

private slots:
    void initTestCase() {
        m_program = qEnvironmentVariable("FLEETCRON_BINARY");
        QVERIFY2(QFileInfo(m_program).isExecutable(), "FLEETCRON_BINARY names no program");
    }

    void sameOutcomeOnEveryFace_data() {
        QTest::addColumn<Action>("action");
        auto web1 = [](Store &s) { s.server(QStringLiteral("web1")); };

        QTest::newRow("add a server whose name is taken")
            << Action{web1,
                      [](FaceDriver &f) {
                          return f.addServer({QStringLiteral("web1"), QStringLiteral("127.0.0.2")});
                      },
                      false,
                      QStringLiteral("web1"),
                      {}};
        // No targets given: every server, on every face (README, "decided once").
        QTest::newRow("add a task without a target")
            << Action{web1,
                      [](FaceDriver &f) {
                          return f.addTask({QStringLiteral("everywhere"), QStringLiteral("uptime"),
                                            quietSchedule});
                      },
                      true,
                      {},
                      QStringLiteral("task.create everywhere")};
        QTest::newRow("add a task with a schedule the parser rejects")
            << Action{web1,
                      [](FaceDriver &f) {
                          return f.addTask({QStringLiteral("typo"),
                                            QStringLiteral("uptime"),
                                            QStringLiteral("61 * * * *"),
                                            {QStringLiteral("web1")}});
                      },
                      false,
                      QStringLiteral("61"),
                      {}};
        // The same window refused with the same sentence (CLI exit 2, API 400, the console's
        // inline error), nothing saved.
        QTest::newRow("add a task with a blackout window that does not read")
            << Action{web1,
                      [](FaceDriver &f) {
                          return f.addTask({QStringLiteral("nightly"),
                                            QStringLiteral("uptime"),
                                            quietSchedule,
                                            {QStringLiteral("web1")},
                                            {},
                                            {QStringLiteral("night: 22:00-25:00")}});
                      },
                      false,
                      QStringLiteral("night: 22:00-25:00"),
                      {}};
        QTest::newRow("add a task with H, a start delay and blackout windows")
            << Action{web1,
                      [](FaceDriver &f) {
                          return f.addTask({QStringLiteral("spread"),
                                            QStringLiteral("uptime"),
                                            QStringLiteral("H H(0-5) * * *"),
                                            {QStringLiteral("web1")},
                                            {},
                                            {QStringLiteral("xmas: 2026-12-24..2026-12-26"),
                                             QStringLiteral("22:00-06:00 mon-fri")},
                                            90});
                      },
                      true,
                      {},
                      QStringLiteral("task.create spread")};
        QTest::newRow("add a task by tag")
            << Action{web1,
                      [](FaceDriver &f) {
                          return f.addTask({QStringLiteral("by-tag"),
                                            QStringLiteral("uptime"),
                                            quietSchedule,
                                            {},
                                            {QStringLiteral("web")}});
                      },
                      true,
                      {},
                      QStringLiteral("task.create by-tag")};
        QTest::newRow("delete a task while its run is active")
            << Action{[](Store &s) {
                          const Server web = s.server(QStringLiteral("web1"));
                          const Task t = s.task(QStringLiteral("busy"), web.id);
                          s.activeRun(t.id, web.id);
                      },
                      [](FaceDriver &f) { return f.removeTask(QStringLiteral("busy")); },
                      false,
                      QStringLiteral("active run"),
                      {}};
        QTest::newRow("remove a server while it runs a command")
            << Action{[](Store &s) {
                          const Server web = s.server(QStringLiteral("web1"));
                          s.activeRun(s.task(QStringLiteral("busy"), web.id).id, web.id);
                      },
                      [](FaceDriver &f) { return f.removeServer(QStringLiteral("web1")); },
                      false,
                      QStringLiteral("web1"),
                      {}};
        QTest::newRow("remove a server with a password")
            << Action{[](Store &s) {
                          s.server(QStringLiteral("web1"));
                          s.server(QStringLiteral("db1"), QStringLiteral("s3cret"));
                      },
                      [](FaceDriver &f) { return f.removeServer(QStringLiteral("db1")); },
                      true,
                      {},
                      QStringLiteral("server.delete db1")};
        // Jump hosts (issue 13 item 4): named by each face, resolved and checked by the service.
        auto behindWeb1 = [](Store &s) {
            const Server web = s.server(QStringLiteral("web1"));
            Server inner;
            inner.name = QStringLiteral("inner");
            inner.host = QStringLiteral("127.0.0.3");
            inner.username = QStringLiteral("ops");
            inner.jumpIds = {web.id};
            if (!s.services->servers.save(inner, std::nullopt, seeder))
                qFatal("seeding a server behind a jump host");
        };
        QTest::newRow("add a server through a jump host")
            << Action{web1,
                      [](FaceDriver &f) {
                          ServerInput in{QStringLiteral("inner"), QStringLiteral("127.0.0.3")};
                          in.jumps = {QStringLiteral("web1")};
                          return f.addServer(in);
                      },
                      true,
                      {},
                      QStringLiteral("server.create inner")};
        QTest::newRow("add a server through an unknown jump host")
            << Action{web1,
                      [](FaceDriver &f) {
                          ServerInput in{QStringLiteral("inner"), QStringLiteral("127.0.0.3")};
                          in.jumps = {QStringLiteral("nowhere")};
                          return f.addServer(in);
                      },
                      false,
                      QStringLiteral("nowhere"),
                      {}};
        QTest::newRow("remove a server others jump through")
            << Action{behindWeb1,
                      [](FaceDriver &f) { return f.removeServer(QStringLiteral("web1")); },
                      false,
                      QStringLiteral("jump host of inner"),
                      {}};
        QTest::newRow("enable a task that was off") << Action{
            [](Store &s) {
                s.task(QStringLiteral("nightly"), s.server(QStringLiteral("web1")).id, false);
            },
            [](FaceDriver &f) { return f.enableTask(QStringLiteral("nightly")); },
            true,
            {},
            QStringLiteral("task.enable nightly")};
        // Task chaining: a -> b -> c stored; c starting a would loop, whichever face is asked.
        auto chainAbc = [](Store &s) {
            const qint64 web = s.server(QStringLiteral("web1")).id;
            s.task(QStringLiteral("c"), web);
            s.task(QStringLiteral("b"), web, true, {QStringLiteral("c")});
            s.task(QStringLiteral("a"), web, true, {QStringLiteral("b")});
        };
        QTest::newRow("chain a task into a loop")
            << Action{chainAbc,
                      [](FaceDriver &f) {
                          return f.chainOnSuccess(QStringLiteral("c"), {QStringLiteral("a")});
                      },
                      false,
                      QStringLiteral("chained tasks would loop: c -> a -> b -> c"),
                      {}};
        QTest::newRow("chain a task")
            << Action{chainAbc,
                      [](FaceDriver &f) {
                          return f.chainOnSuccess(QStringLiteral("a"),
                                                  {QStringLiteral("b"), QStringLiteral("c")});
                      },
                      true,
                      {},
                      QStringLiteral("task.update a")};
        QTest::newRow("add a global blackout window that does not read") << Action{
            web1,
            [](FaceDriver &f) { return f.addGlobalBlackout(QStringLiteral("freeze: 2026-12-32")); },
            false,
            QStringLiteral("2026-12-32"),
            {}};
        QTest::newRow("add a global blackout window") << Action{
            web1,
            [](FaceDriver &f) {
                return f.addGlobalBlackout(QStringLiteral("freeze: 2026-12-24..2026-12-26"));
            },
            true,
            {},
            QStringLiteral("setting.set schedule.blackouts")};
        QTest::newRow("change the global limit")
            << Action{web1,
                      [](FaceDriver &f) { return f.setGlobalLimit(8); },
                      true,
                      {},
                      QStringLiteral("setting.set engine.global_limit")};
    }

    void sameOutcomeOnEveryFace() {
        QFETCH(Action, action);
        QList<Result> results;
        std::unique_ptr<FaceDriver> drivers[] = {makeConsoleDriver(), makeCliDriver(m_program),
                                                 makeApiDriver(m_program)};
        for (auto &driver : drivers)
            results.append(runOn(*driver, action));

        for (const Result &r : results) {
            const QString what = QStringLiteral("%1: done=%2 error='%3'")
                                     .arg(r.face)
                                     .arg(r.outcome.done)
                                     .arg(r.outcome.error);
            QVERIFY2(r.outcome.done == action.done, qPrintable(what));
            if (!action.done) {
                QVERIFY2(r.outcome.error.contains(action.errorContains), qPrintable(what));
                QVERIFY2(r.audited.isEmpty(), qPrintable(r.audited.join(u'\n')));
            } else {
                const QString expected = QStringLiteral("%1 %2").arg(r.face, action.audited);
                QVERIFY2(
                    r.audited.contains(expected),
                    qPrintable(expected + QStringLiteral(" not in: ") + r.audited.join(u'\n')));
            }
        }
        // The same sentence and the same state, whichever face the operator used.
        for (const Result &r : results.mid(1)) {
            QCOMPARE(r.outcome.error, results.first().outcome.error);
            QCOMPARE(r.state, results.first().state);
        }
    }
};

QTEST_MAIN(TestFaceParity)
#include "TestFaceParity.moc"
