// Notification rules through the CLI and the REST API (issue 13), on one real daemon's
// database: the same refusals with the same sentence and nothing saved, and the same rules and
// deliveries whichever face added or lists them.
#include "support/ApiDaemon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using fleetcron::test::ApiDaemon;

namespace {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QString lastError; // the last stderr line without "fleetcron notify ACTION: "
};

QString s(const char *text) {
    return QString::fromLatin1(text);
}

} // namespace

class TestNotifyParity : public QObject {
    Q_OBJECT

    ApiDaemon m_daemon;

    CliResult cli(const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.setProcessEnvironment(m_daemon.environment());
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), QStringList{s("notify")} + args);
        p.write(input);
        p.closeWriteChannel();
        CliResult r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        const QString prefix = QStringLiteral("fleetcron notify %1: ").arg(args.value(0));
        const QString last = err.section(u'\n', -1);
        r.lastError = last.startsWith(prefix) ? last.mid(prefix.size()) : last;
        return r;
    }

    QJsonArray cliJson(const QStringList &args) {
        const CliResult r = cli(args + QStringList{s("--json")});
        if (r.exitCode != 0)
            qWarning("cli %s: exit %d %s", qPrintable(args.join(u' ')), r.exitCode,
                     qPrintable(r.lastError));
        return QJsonDocument::fromJson(r.out).array();
    }

private slots:
    void initTestCase() { QVERIFY2(m_daemon.start(), qPrintable(m_daemon.error())); }
    void cleanupTestCase() { m_daemon.stop(); }

    void badInputIsRefusedAlikeAndSavesNothing() {
        struct Case {
            QStringList cliArgs;
            QJsonObject apiBody;
        };
        const QList<Case> cases{
            {{s("--channel"), s("webhook"), s("--url"), s("ftp://127.0.0.1/x")},
             {{s("channel"), s("webhook")}, {s("url"), s("ftp://127.0.0.1/x")}}},
            {{s("--channel"), s("webhook"), s("--url"), s("http://127.0.0.1/x"), s("--events"),
              s("failure,explosion")},
             {{s("channel"), s("webhook")},
              {s("url"), s("http://127.0.0.1/x")},
              {s("events"), QJsonArray{s("failure"), s("explosion")}}}},
            {{s("--channel"), s("pager")}, {{s("channel"), s("pager")}}},
            {{s("--channel"), s("ping"), s("--url"), s("https://127.0.0.1/p"), s("--events"),
              s("slow")},
             {{s("channel"), s("ping")},
              {s("url"), s("https://127.0.0.1/p")},
              {s("events"), s("slow")}}},
            {{s("--channel"), s("webhook"), s("--url"), s("http://127.0.0.1/x"), s("--task"),
              s("nothing-by-that-name")},
             {{s("channel"), s("webhook")},
              {s("url"), s("http://127.0.0.1/x")},
              {s("task"), s("nothing-by-that-name")}}},
        };
        for (const Case &c : cases) {
            const CliResult viaCli = cli(QStringList{s("add"), s("bad")} + c.cliArgs);
            QJsonObject body = c.apiBody;
            body.insert(s("name"), s("bad"));
            const auto viaApi = m_daemon.call("POST", s("/v1/api/notifications"), body);
            QCOMPARE(viaCli.exitCode, 2);
            QVERIFY2(viaApi.status == 400 || viaApi.status == 404,
                     qPrintable(QString::number(viaApi.status)));
            QVERIFY(!viaCli.lastError.isEmpty());
            QCOMPARE(viaCli.lastError, viaApi.error());
        }
        QCOMPARE(cliJson({s("list")}).size(), 0);
        QCOMPARE(m_daemon.get(s("/v1/api/notifications")).array().size(), 0);
    }

    void rulesAddedOnEitherFaceListAlikeOnBoth() {
        const CliResult added =
            cli({s("add"), s("from-cli"), s("--channel"), s("webhook"), s("--url"),
                 s("http://127.0.0.1:1/hook"), s("--events"), s("failure,recovered"), s("--format"),
                 s("cloudevents"), s("--secret-stdin")},
                "top-secret\n");
        QCOMPARE(added.exitCode, 0);
        const auto viaApi =
            m_daemon.call("POST", s("/v1/api/notifications"),
                          QJsonObject{{s("name"), s("from-api")},
                                      {s("channel"), s("ping")},
                                      {s("url"), s("https://127.0.0.1:1/ping/abc")}});
        QCOMPARE(viaApi.status, 201);

        const QJsonArray listedByCli = cliJson({s("list")});
        const QJsonArray listedByApi = m_daemon.get(s("/v1/api/notifications")).array();
        QCOMPARE(listedByCli.size(), 2);
        QCOMPARE(listedByCli, listedByApi);
        const QJsonObject fromCli = listedByApi.at(0).toObject();
        QCOMPARE(fromCli[s("has_secret")].toBool(), true);
        QVERIFY(!QJsonDocument(listedByApi).toJson().contains("top-secret"));
        QCOMPARE(listedByApi.at(1).toObject()[s("events")].toArray(),
                 (QJsonArray{s("start"), s("success"), s("failure")}));

        // A test through each face to a port where nothing listens: refused alike, recorded,
        // and the record reads the same on both.
        QCOMPARE(cli({s("test"), s("from-cli")}).exitCode, 1);
        const auto tested =
            m_daemon.post(s("/v1/api/notifications/%1/test").arg(fromCli[s("id")].toInteger()));
        QCOMPARE(tested.status, 200);
        QCOMPARE(tested.object()[s("delivered")].toBool(), false);
        const QJsonArray deliveredByCli = cliJson({s("deliveries")});
        QCOMPARE(deliveredByCli.size(), 2);
        QCOMPARE(deliveredByCli, m_daemon.get(s("/v1/api/notifications/deliveries")).array());
        QCOMPARE(deliveredByCli.at(0).toObject()[s("outcome")].toString(), s("failed"));

        // Removed through the CLI: gone for the API.
        QCOMPARE(cli({s("remove"), s("from-api")}).exitCode, 0);
        QCOMPARE(m_daemon.get(s("/v1/api/notifications")).array().size(), 1);
        const auto again = m_daemon.call(
            "DELETE", s("/v1/api/notifications/%1").arg(listedByApi.at(1)[s("id")].toInteger()));
        QCOMPARE(again.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestNotifyParity)
#include "TestNotifyParity.moc"
