// api/openapi.json against the routes the server really has, in both directions: every route
// ApiServer registers is described, and every described path and method is answered by the real
// daemon (neither the router's 404 nor a 405).
#include "api/ApiServer.h"
#include "service/Services.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "support/ApiDaemon.h"
#include "support/SshdFixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using fleetcron::ApiServer;
using fleetcron::Database;
using fleetcron::DatabaseLocation;
using fleetcron::Services;
using fleetcron::test::ApiDaemon;
using fleetcron::test::SshdFixture;

namespace {

const QStringList httpMethods{QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
                              QStringLiteral("delete"), QStringLiteral("patch")};

// "/v1/api/tasks/{id}" and "/v1/api/tasks/<arg>" both become "/v1/api/tasks/{}".
QString shape(QString path) {
    static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}|<arg>"));
    return path.replace(param, QStringLiteral("{}"));
}

} // namespace

class TestOpenApi : public QObject {
    Q_OBJECT

    ApiDaemon m_daemon;
    QJsonObject m_doc;

    // "METHOD /path/{}" for every operation in the document.
    QSet<QString> documented() const {
        QSet<QString> ops;
        const QJsonObject paths = m_doc.value(QStringLiteral("paths")).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject item = p.value().toObject();
            for (auto m = item.begin(); m != item.end(); ++m) {
                if (httpMethods.contains(m.key()))
                    ops.insert(m.key().toUpper() + QLatin1Char(' ') + shape(p.key()));
            }
        }
        return ops;
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_daemon.start(), qPrintable(m_daemon.error()));
        // Served without a token, and the same bytes as the file in the repository.
        const auto served =
            m_daemon.call("GET", QStringLiteral("/v1/api/openapi.json"), {}, QByteArray());
        QCOMPARE(served.status, 200);
        QVERIFY(served.contentType.startsWith("application/json"));
        QFile file(QStringLiteral(FLEETCRON_SOURCE_DIR "/api/openapi.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(served.body, file.readAll());
        QJsonParseError error;
        m_doc = QJsonDocument::fromJson(served.body, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    }

    void cleanupTestCase() { m_daemon.stop(); }

    // The parts of OpenAPI 3 that tools rely on: the version, info, unique operation ids,
    // responses on every operation, and each path parameter declared.
    void isAnOpenApi3Document() {
        QVERIFY(m_doc.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.")));
        QVERIFY(!m_doc[QStringLiteral("info")][QStringLiteral("title")].toString().isEmpty());
        QVERIFY(!m_doc[QStringLiteral("info")][QStringLiteral("version")].toString().isEmpty());
        const QJsonObject schemes =
            m_doc[QStringLiteral("components")][QStringLiteral("securitySchemes")].toObject();
        QCOMPARE(schemes[QStringLiteral("bearer")][QStringLiteral("scheme")].toString(),
                 QStringLiteral("bearer"));
        QSet<QString> ids;
        const QJsonObject paths = m_doc.value(QStringLiteral("paths")).toObject();
        QVERIFY(!paths.isEmpty());
        static const QRegularExpression param(QStringLiteral("\\{([^}]*)\\}"));
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            QVERIFY2(p.key().startsWith(QLatin1Char('/')), qPrintable(p.key()));
            const QJsonObject item = p.value().toObject();
            for (auto m = item.begin(); m != item.end(); ++m) {
                QVERIFY2(httpMethods.contains(m.key()), qPrintable(p.key() + m.key()));
                const QJsonObject op = m.value().toObject();
                const QString id = op.value(QStringLiteral("operationId")).toString();
                QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(p.key() + m.key()));
                ids.insert(id);
                QVERIFY2(!op.value(QStringLiteral("responses")).toObject().isEmpty(),
                         qPrintable(id));
                QSet<QString> declared;
                for (const QJsonValue &v : op.value(QStringLiteral("parameters")).toArray()) {
                    if (v[QStringLiteral("in")].toString() == QLatin1String("path"))
                        declared.insert(v[QStringLiteral("name")].toString());
                }
                for (auto it = param.globalMatch(p.key()); it.hasNext();)
                    QVERIFY2(declared.contains(it.next().captured(1)), qPrintable(id));
            }
        }
    }

    // Every route the server registers is in the document, and the document has no other.
    void describesExactlyTheRegisteredRoutes() {
        QTemporaryDir dir;
        auto db =
            Database::open(DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("r.db"))));
        QVERIFY2(db, qPrintable(db.error().toString()));
        Services services(*db.value(), nullptr, nullptr, nullptr);
        const ApiServer server(services, QStringLiteral("test"));
        QSet<QString> registered;
        for (const auto &route : server.routes())
            registered.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') +
                              shape(route.path));
        QVERIFY(registered.size() >= 20);
        const QSet<QString> described = documented();
        const QStringList undocumented = (registered - described).values();
        const QStringList unserved = (described - registered).values();
        QVERIFY2(undocumented.isEmpty(),
                 qPrintable(QStringLiteral("not in openapi.json: ") + undocumented.join(u", ")));
        QVERIFY2(unserved.isEmpty(),
                 qPrintable(QStringLiteral("not registered: ") + unserved.join(u", ")));
    }

    // Every documented operation reaches a handler on the real daemon: with real ids, and bodies
    // that are valid JSON, nothing answers the router's "no such endpoint" 404 or a 405.
    void everyDocumentedOperationIsAnswered() {
        // A reference answer the check below must tell apart.
        const auto miss = m_daemon.get(QStringLiteral("/v1/api/nowhere"));
        QCOMPARE(miss.status, 404);
        QVERIFY(miss.object()
                    .value(QStringLiteral("error"))
                    .toString()
                    .startsWith(QLatin1String("no such endpoint")));

        const qint64 server =
            m_daemon.create(QStringLiteral("/v1/api/servers"),
                            {{QStringLiteral("name"), QStringLiteral("nobody-home")},
                             {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                             {QStringLiteral("port"), SshdFixture::freePort()},
                             {QStringLiteral("username"), QStringLiteral("nobody")},
                             {QStringLiteral("auth"), QStringLiteral("agent")}});
        QVERIFY(server > 0);
        const qint64 task =
            m_daemon.create(QStringLiteral("/v1/api/tasks"),
                            {{QStringLiteral("name"), QStringLiteral("t")},
                             {QStringLiteral("command"), QStringLiteral("true")},
                             {QStringLiteral("schedule"), QStringLiteral("0 0 1 1 *")},
                             {QStringLiteral("servers"), QJsonArray{server}}});
        QVERIFY(task > 0);
        const auto run = m_daemon.post(QStringLiteral("/v1/api/tasks/%1/run").arg(task));
        QCOMPARE(run.status, 202);
        const qint64 runId = run.object().value(QStringLiteral("id")).toInteger();

        auto idFor = [&](const QString &path) {
            if (path.contains(QLatin1String("/servers/")))
                return server;
            if (path.contains(QLatin1String("/runs/")))
                return runId;
            return task;
        };
        // Deletes last, so the other operations still find what they name.
        QStringList ops = documented().values();
        std::sort(ops.begin(), ops.end(), [](const QString &a, const QString &b) {
            return std::pair(a.startsWith(QLatin1String("DELETE")), a) <
                   std::pair(b.startsWith(QLatin1String("DELETE")), b);
        });
        for (const QString &op : ops) {
            const QString method = op.section(QLatin1Char(' '), 0, 0);
            QString path = op.section(QLatin1Char(' '), 1);
            path.replace(QStringLiteral("{}"), QString::number(idFor(path)));
            const bool withBody = method == QLatin1String("POST") || method == QLatin1String("PUT");
            const auto r = m_daemon.call(method.toLatin1(), path, withBody ? "{}" : QByteArray());
            const QString error = r.object().value(QStringLiteral("error")).toString();
            QVERIFY2(r.status != 0 && r.status != 405 &&
                         !(r.status == 404 && error.startsWith(QLatin1String("no such endpoint"))),
                     qPrintable(QStringLiteral("%1 %2: %3 %4")
                                    .arg(method, path)
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body.left(200)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenApi)
#include "TestOpenApi.moc"
