// Roles against routes (issue 17) on a real daemon: every operation in api/openapi.json with a
// token of every role. Allowed: the route answers with anything but 403. Forbidden: 403 with a
// JSON reason, and the daemon's state (read through the legacy admin token) is unchanged. Also
// a tag-scoped token, and the audit log naming the token that made a change.
#include "support/ApiDaemon.h"
#include "support/SshdFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using fleetcron::test::ApiDaemon;
using fleetcron::test::SshdFixture;

namespace {

const QStringList roles{QStringLiteral("viewer"), QStringLiteral("operator"),
                        QStringLiteral("admin")};

// The least role each operation needs, written here independently of api/ApiAccess.cpp, so a
// change to either side shows. Reads are viewer; run now, cancel, enable, disable operator;
// the rest admin. A new route must be entered here (the test fails until it is).
const QHash<QString, QString> &expectedRole() {
    static const std::pair<const char *, const char *> rows[] = {
        {"GET /metrics", "viewer"},
        {"GET /v1/api/servers", "viewer"},
        {"POST /v1/api/servers", "admin"},
        {"GET /v1/api/servers/{}", "viewer"},
        {"PUT /v1/api/servers/{}", "admin"},
        {"DELETE /v1/api/servers/{}", "admin"},
        {"POST /v1/api/servers/{}/test", "admin"},
        {"GET /v1/api/tasks", "viewer"},
        {"POST /v1/api/tasks", "admin"},
        {"GET /v1/api/tasks/{}", "viewer"},
        {"PUT /v1/api/tasks/{}", "admin"},
        {"DELETE /v1/api/tasks/{}", "admin"},
        {"POST /v1/api/tasks/{}/enable", "operator"},
        {"POST /v1/api/tasks/{}/disable", "operator"},
        {"POST /v1/api/tasks/{}/run", "operator"},
        {"GET /v1/api/tasks/{}/executions", "viewer"},
        {"GET /v1/api/tasks/{}/latest_output", "viewer"},
        {"GET /v1/api/runs/{}", "viewer"},
        {"POST /v1/api/runs/{}/cancel", "operator"},
        {"GET /v1/api/executions", "viewer"},
        {"GET /v1/api/executions.csv", "viewer"},
        {"GET /v1/api/executions/{}/diff", "viewer"},
        {"GET /v1/api/settings", "viewer"},
        {"PUT /v1/api/settings", "admin"},
        {"GET /v1/api/blackouts", "viewer"},
        {"PUT /v1/api/blackouts", "admin"},
        {"GET /v1/api/notifications/deliveries", "viewer"},
        {"GET /v1/api/notifications", "viewer"},
        {"POST /v1/api/notifications", "admin"},
        {"DELETE /v1/api/notifications/{}", "admin"},
        {"POST /v1/api/notifications/{}/test", "admin"},
        {"GET /v1/api/audit", "viewer"},
        {"POST /v1/api/import/crontab", "admin"},
        {"POST /v1/api/import/ssh-config", "admin"},
        {"POST /v1/api/import/ansible", "admin"},
        {"GET /v1/api/tokens", "admin"},
        {"POST /v1/api/tokens", "admin"},
        {"DELETE /v1/api/tokens/{}", "admin"},
        {"POST /api/v1/tasks/create", "admin"},
        {"GET /api/v1/tasks/{}/latest_output", "viewer"},
        {"GET /jobs", "viewer"},
        {"POST /jobs", "admin"},
        {"GET /jobs/{}", "viewer"},
        {"PUT /jobs/{}", "admin"},
        {"DELETE /jobs/{}", "admin"},
    };
    static const QHash<QString, QString> t = [] {
        QHash<QString, QString> out;
        for (const auto &[op, role] : rows)
            out.insert(QLatin1String(op), QLatin1String(role));
        return out;
    }();
    return t;
}

// "METHOD /path/{}" for every operation in the repository's api/openapi.json.
QStringList documentedOperations() {
    QFile file(QStringLiteral(FLEETCRON_SOURCE_DIR "/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}"));
    QStringList ops;
    const QJsonObject paths =
        QJsonDocument::fromJson(file.readAll())[QStringLiteral("paths")].toObject();
    for (auto p = paths.begin(); p != paths.end(); ++p) {
        const QJsonObject item = p.value().toObject();
        for (auto m = item.begin(); m != item.end(); ++m)
            ops << m.key().toUpper() + u' ' + QString(p.key()).replace(param, QStringLiteral("{}"));
    }
    // Deletes last, so the other operations still find what they name.
    std::sort(ops.begin(), ops.end(), [](const QString &a, const QString &b) {
        return std::pair(a.startsWith(QLatin1String("DELETE")), a) <
               std::pair(b.startsWith(QLatin1String("DELETE")), b);
    });
    return ops;
}

} // namespace

class TestAccessMatrix : public QObject {
    Q_OBJECT

    ApiDaemon m_daemon;
    QHash<QString, QByteArray> m_tokens; // role → token
    qint64 m_server = 0, m_task = 0, m_run = 0, m_rule = 0, m_spareToken = 0;

    QByteArray makeToken(const QJsonObject &body) {
        const auto r = m_daemon.post(QStringLiteral("/v1/api/tokens"), body);
        if (r.status != 201)
            qWarning("token: %d %s", r.status, r.body.constData());
        return r.object().value(QStringLiteral("token")).toString().toLatin1();
    }

    // Everything a forbidden call could have changed, as the legacy admin token reads it.
    QByteArray snapshot() {
        // Reading marks a token used; that is not a change a forbidden call made.
        static const QRegularExpression used(QStringLiteral("\"last_used_at\":(null|\"[^\"]*\")"));
        QString all;
        for (const char *path :
             {"/v1/api/servers", "/v1/api/tasks", "/v1/api/settings", "/v1/api/blackouts",
              "/v1/api/notifications", "/v1/api/tokens", "/v1/api/audit?limit=1000"}) {
            all += QLatin1String(path) + u' ' +
                   QString::fromUtf8(m_daemon.get(QLatin1String(path)).body) + u'\n';
        }
        return all.replace(used, QString()).toUtf8();
    }

    QString concrete(QString op) {
        const qint64 id = op.contains(QLatin1String("/servers/"))         ? m_server
                          : op.contains(QLatin1String("/runs/"))          ? m_run
                          : op.contains(QLatin1String("/notifications/")) ? m_rule
                          : op.contains(QLatin1String("/tokens/"))        ? m_spareToken
                                                                          : m_task;
        return op.replace(QStringLiteral("{}"), QString::number(id));
    }

    ApiDaemon::Reply send(const QString &op, const QByteArray &token) {
        const QString method = op.section(u' ', 0, 0);
        const bool withBody = method == QLatin1String("POST") || method == QLatin1String("PUT");
        return m_daemon.call(method.toLatin1(), concrete(op).section(u' ', 1),
                             withBody ? "{}" : QByteArray(), token);
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_daemon.start(), qPrintable(m_daemon.error()));
        for (const QString &role : roles) {
            m_tokens[role] = makeToken({{QStringLiteral("name"), QStringLiteral("t-") + role},
                                        {QStringLiteral("role"), role}});
            QVERIFY(m_tokens[role].startsWith("fct_"));
        }
        m_spareToken = m_daemon
                           .post(QStringLiteral("/v1/api/tokens"),
                                 {{QStringLiteral("name"), QStringLiteral("spare")},
                                  {QStringLiteral("role"), QStringLiteral("viewer")}})
                           .object()
                           .value(QStringLiteral("id"))
                           .toInteger();
        QVERIFY(m_spareToken > 0);
        m_server = m_daemon.create(QStringLiteral("/v1/api/servers"),
                                   {{QStringLiteral("name"), QStringLiteral("nobody-home")},
                                    {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), SshdFixture::freePort()},
                                    {QStringLiteral("username"), QStringLiteral("nobody")},
                                    {QStringLiteral("auth"), QStringLiteral("agent")},
                                    {QStringLiteral("tags"), QJsonArray{QStringLiteral("lab")}}});
        QVERIFY(m_server > 0);
        m_task = m_daemon.create(QStringLiteral("/v1/api/tasks"),
                                 {{QStringLiteral("name"), QStringLiteral("t")},
                                  {QStringLiteral("command"), QStringLiteral("true")},
                                  {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                                  {QStringLiteral("servers"), QJsonArray{m_server}}});
        QVERIFY(m_task > 0);
        const auto run = m_daemon.post(QStringLiteral("/v1/api/tasks/%1/run").arg(m_task));
        QCOMPARE(run.status, 202);
        m_run = run.object().value(QStringLiteral("id")).toInteger();
        // The run ends at once (nobody listens on the port); wait, so its end changes nothing
        // the forbidden calls below are checked against.
        QTRY_VERIFY_WITH_TIMEOUT(!m_daemon.get(QStringLiteral("/v1/api/runs/%1").arg(m_run))
                                      .object()
                                      .value(QStringLiteral("finished_at"))
                                      .isNull(),
                                 60000);
        m_rule = m_daemon.create(
            QStringLiteral("/v1/api/notifications"),
            {{QStringLiteral("name"), QStringLiteral("hook")},
             {QStringLiteral("channel"), QStringLiteral("webhook")},
             {QStringLiteral("url"),
              QStringLiteral("http://127.0.0.1:%1/").arg(SshdFixture::freePort())}});
        QVERIFY(m_rule > 0);
    }

    void cleanupTestCase() { m_daemon.stop(); }

    // Every documented operation has an expected role here, and no other is listed.
    void everyRouteIsClassified() {
        const QStringList ops = documentedOperations();
        QVERIFY(ops.size() >= 40);
        for (const QString &op : ops) {
            if (op.endsWith(QLatin1String("/health")) || op.endsWith(QLatin1String("openapi.json")))
                continue;
            QVERIFY2(expectedRole().contains(op), qPrintable(QStringLiteral("unclassified ") + op));
        }
    }

    // A token limited to the tag "web" sees and acts on web's tasks and servers only: lists are
    // filtered, the others answer 403 and stay as they were, and routes about no task or
    // server in particular are refused.
    void tagScopedToken() {
        auto server = [&](const char *name, const char *tag) {
            return m_daemon.create(QStringLiteral("/v1/api/servers"),
                                   {{QStringLiteral("name"), QLatin1String(name)},
                                    {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                    {QStringLiteral("port"), SshdFixture::freePort()},
                                    {QStringLiteral("username"), QStringLiteral("nobody")},
                                    {QStringLiteral("auth"), QStringLiteral("agent")},
                                    {QStringLiteral("tags"), QJsonArray{QLatin1String(tag)}}});
        };
        auto task = [&](const char *name, qint64 on) {
            return m_daemon.create(QStringLiteral("/v1/api/tasks"),
                                   {{QStringLiteral("name"), QLatin1String(name)},
                                    {QStringLiteral("command"), QStringLiteral("true")},
                                    {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                                    {QStringLiteral("servers"), QJsonArray{on}}});
        };
        const qint64 web = server("web1", "web"), db = server("db1", "db");
        const qint64 webTask = task("tweb", web), dbTask = task("tdb", db);
        QVERIFY(web > 0 && db > 0 && webTask > 0 && dbTask > 0);
        const QByteArray token =
            makeToken({{QStringLiteral("name"), QStringLiteral("webop")},
                       {QStringLiteral("role"), QStringLiteral("operator")},
                       {QStringLiteral("tags"), QJsonArray{QStringLiteral("web")}}});
        QVERIFY(!token.isEmpty());
        auto names = [](const QJsonArray &items) {
            QStringList out;
            for (const QJsonValue &v : items)
                out << v[QStringLiteral("name")].toString();
            return out;
        };
        const auto tasks = m_daemon.call("GET", QStringLiteral("/v1/api/tasks"), {}, token);
        QCOMPARE(tasks.status, 200);
        QCOMPARE(names(tasks.array()), QStringList{QStringLiteral("tweb")});
        const auto servers = m_daemon.call("GET", QStringLiteral("/v1/api/servers"), {}, token);
        QCOMPARE(names(servers.array()), QStringList{QStringLiteral("web1")});
        // The admin sees all, so the filter is the token's, not the data's.
        QVERIFY(names(m_daemon.get(QStringLiteral("/v1/api/tasks")).array())
                    .contains(QStringLiteral("tdb")));

        auto post = [&](const QString &path) { return m_daemon.call("POST", path, {}, token); };
        QCOMPARE(post(QStringLiteral("/v1/api/tasks/%1/disable").arg(webTask)).status, 200);
        const auto refused = post(QStringLiteral("/v1/api/tasks/%1/disable").arg(dbTask));
        QCOMPARE(refused.status, 403);
        QVERIFY2(refused.error().contains(QLatin1String("limited to the tags web")),
                 qPrintable(refused.error()));
        QVERIFY(m_daemon.get(QStringLiteral("/v1/api/tasks/%1").arg(dbTask))
                    .object()
                    .value(QStringLiteral("enabled"))
                    .toBool());
        QCOMPARE(post(QStringLiteral("/v1/api/tasks/%1/run").arg(dbTask)).status, 403);
        QVERIFY(m_daemon.get(QStringLiteral("/v1/api/tasks/%1/executions").arg(dbTask))
                    .object()
                    .value(QStringLiteral("runs"))
                    .toArray()
                    .isEmpty());
        QCOMPARE(
            m_daemon.call("GET", QStringLiteral("/v1/api/servers/%1").arg(db), {}, token).status,
            403);
        QCOMPARE(
            m_daemon.call("GET", QStringLiteral("/v1/api/servers/%1").arg(web), {}, token).status,
            200);
        const auto global = m_daemon.call("GET", QStringLiteral("/v1/api/executions"), {}, token);
        QCOMPARE(global.status, 403);
        QVERIFY(!global.error().isEmpty());
    }

    // A change through a named token is recorded under the token's name.
    void auditNamesTheToken() {
        const auto r = m_daemon.call("POST", QStringLiteral("/v1/api/tasks/%1/disable").arg(m_task),
                                     {}, m_tokens[QStringLiteral("operator")]);
        QCOMPARE(r.status, 200);
        const QJsonArray entries = m_daemon.get(QStringLiteral("/v1/api/audit?limit=5"))
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QVERIFY(!entries.isEmpty());
        const QJsonObject newest = entries.first().toObject();
        QCOMPARE(newest.value(QStringLiteral("actor")).toString(), QStringLiteral("t-operator"));
        QCOMPARE(newest.value(QStringLiteral("face")).toString(), QStringLiteral("api"));
        QCOMPARE(m_daemon
                     .call("POST", QStringLiteral("/v1/api/tasks/%1/enable").arg(m_task), {},
                           m_tokens[QStringLiteral("operator")])
                     .status,
                 200);
    }

    // Forbidden first (each one must leave the state as it was), then allowed, deletes last.
    void roleByRoute() {
        const QStringList ops = documentedOperations();
        int forbidden = 0, allowed = 0;
        for (const QString &role : roles) {
            for (const QString &op : ops) {
                const QString needed = expectedRole().value(op);
                if (needed.isEmpty() || roles.indexOf(role) >= roles.indexOf(needed))
                    continue;
                const QByteArray before = snapshot();
                const auto r = send(op, m_tokens[role]);
                QVERIFY2(r.status == 403, qPrintable(QStringLiteral("%1 with %2: %3 %4")
                                                         .arg(op, role)
                                                         .arg(r.status)
                                                         .arg(QString::fromUtf8(r.body))));
                QVERIFY2(r.error().contains(QLatin1String("needs ") + needed),
                         qPrintable(op + u' ' + r.error()));
                QVERIFY2(snapshot() == before, qPrintable(op + QStringLiteral(" changed state")));
                ++forbidden;
            }
        }
        for (const QString &role : roles) {
            for (const QString &op : ops) {
                const QString needed = expectedRole().value(op);
                if (needed.isEmpty() || roles.indexOf(role) < roles.indexOf(needed))
                    continue;
                const auto r = send(op, m_tokens[role]);
                QVERIFY2(r.status != 0 && r.status != 403 && r.status != 401,
                         qPrintable(QStringLiteral("%1 with %2: %3 %4")
                                        .arg(op, role)
                                        .arg(r.status)
                                        .arg(QString::fromUtf8(r.body.left(300)))));
                ++allowed;
            }
        }
        qInfo("%d forbidden and %d allowed calls checked", forbidden, allowed);
        QVERIFY(forbidden >= 40 && allowed >= 80);
    }
};

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "TestAccessMatrix.moc"
