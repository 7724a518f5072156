// Named API tokens on a running daemon (issue 17): an expiry and a revocation (through the CLI,
// another process, and through the API) hold from the very next request, without a restart;
// the database keeps no token in plain text; the CLI's create/list/revoke with their exit codes
// and refusals, the API refusing alike; and the daemon refusing to serve plain HTTP beyond
// loopback, checked without any traffic.
#include "support/ApiDaemon.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using fleetcron::test::ApiDaemon;

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

QStringList words(std::initializer_list<const char *> list) {
    QStringList out;
    for (const char *w : list)
        out << QLatin1String(w);
    return out;
}

} // namespace

class TestAccessTokens : public QObject {
    Q_OBJECT

    ApiDaemon m_daemon;

    CliResult run(const QStringList &args, const QProcessEnvironment &env) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        CliResult r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    CliResult token(const QStringList &args) {
        return run(QStringList{QStringLiteral("token")} + args, m_daemon.environment());
    }
    int status(const QByteArray &bearer, const QString &path = QStringLiteral("/v1/api/tasks")) {
        return m_daemon.call("GET", path, {}, bearer).status;
    }

private slots:
    void initTestCase() { QVERIFY2(m_daemon.start(), qPrintable(m_daemon.error())); }
    void cleanupTestCase() { m_daemon.stop(); }

    void cliCreatesListsAndRevokes() {
        const CliResult made =
            token({QStringLiteral("create"), QStringLiteral("ci"), QStringLiteral("--role"),
                   QStringLiteral("viewer"), QStringLiteral("--tags"), QStringLiteral("web,db"),
                   QStringLiteral("--expires"), QStringLiteral("30d")});
        QCOMPARE(made.exitCode, 0);
        const QByteArray secret = made.out.trimmed().toLatin1();
        QVERIFY2(secret.startsWith("fct_") && secret.size() > 60, secret.constData());
        QVERIFY(made.err.contains(QLatin1String("shown only now")));
        // The running daemon takes it at once, with its role.
        QCOMPARE(status(secret), 200);
        QCOMPARE(m_daemon.call("POST", QStringLiteral("/v1/api/tasks"), "{}", secret).status, 403);

        const CliResult list = token({QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QString row = list.out.section(u'\n', 1).split(u'\n').filter(u"ci ").value(0);
        QVERIFY2(row.contains(QLatin1String("viewer")) && row.contains(QLatin1String("db,web")) &&
                     row.contains(QLatin1String("active")),
                 qPrintable(list.out));
        QVERIFY(!list.out.contains(QLatin1String("fct_")));
        QVERIFY(!list.out.contains(QString::fromLatin1(secret)));

        const CliResult revoked = token({QStringLiteral("revoke"), QStringLiteral("ci")});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY(revoked.out.contains(QLatin1String("revoked token 'ci'")));
        // From the next request on, without a restart.
        const auto after = m_daemon.call("GET", QStringLiteral("/v1/api/tasks"), {}, secret);
        QCOMPARE(after.status, 401);
        QVERIFY2(after.error().contains(QLatin1String("revoked")), qPrintable(after.error()));
        QVERIFY(token({QStringLiteral("list")}).out.contains(QLatin1String("revoked")));
    }

    void cliRefusesBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        auto row = [](const char *tag, std::initializer_list<const char *> args, const char *msg) {
            QTest::newRow(tag) << words(args) << 2 << QString::fromLatin1(msg);
        };
        row("unknown role", {"create", "x1", "--role", "boss"}, "unknown role 'boss'");
        row("no role", {"create", "x2"}, "unknown role ''");
        row("bad expiry", {"create", "x3", "--role", "viewer", "--expires", "soon"},
            "bad expiry 'soon'");
        row("past expiry", {"create", "x4", "--role", "viewer", "--expires", "2020-01-01"},
            "not in the future");
        row("bad name", {"create", "a b", "--role", "viewer"}, "a token's name");
        row("legacy name", {"create", "legacy", "--role", "admin"}, "legacy");
        row("no name", {"create"}, "expected the token's name");
        row("unknown action", {"rotate", "x"}, "expected one of");
        row("revoke unknown", {"revoke", "nosuch"}, "no token named 'nosuch'");
    }
    void cliRefusesBadInput() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliResult r = token(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // The same name twice: the second is refused by both faces with the same sentence.
    void duplicateNameRefusedByBothFaces() {
        const QStringList args{QStringLiteral("create"), QStringLiteral("dup"),
                               QStringLiteral("--role"), QStringLiteral("operator")};
        QCOMPARE(token(args).exitCode, 0);
        const CliResult again = token(args);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QLatin1String("a token named 'dup' already exists")),
                 qPrintable(again.err));
        const auto api = m_daemon.post(QStringLiteral("/v1/api/tokens"),
                                       {{QStringLiteral("name"), QStringLiteral("dup")},
                                        {QStringLiteral("role"), QStringLiteral("viewer")}});
        QCOMPARE(api.status, 409);
        QVERIFY(again.err.trimmed().endsWith(api.error()));
        const auto badRole = m_daemon.post(QStringLiteral("/v1/api/tokens"),
                                           {{QStringLiteral("name"), QStringLiteral("x1")},
                                            {QStringLiteral("role"), QStringLiteral("boss")}});
        QCOMPARE(badRole.status, 400);
        QCOMPARE(badRole.field(), QStringLiteral("role"));
        QVERIFY(token({QStringLiteral("create"), QStringLiteral("x1"), QStringLiteral("--role"),
                       QStringLiteral("boss")})
                    .err.trimmed()
                    .endsWith(badRole.error()));
        // Both faces list the same tokens alike (but for the time of last use, which the
        // listing request itself may set).
        auto comparable = [](QJsonArray list) {
            for (auto it = list.begin(); it != list.end(); ++it) {
                QJsonObject o = it->toObject();
                o.remove(QStringLiteral("last_used_at"));
                *it = o;
            }
            return list;
        };
        const CliResult cliList = token({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(cliList.exitCode, 0);
        const QJsonArray fromCli = QJsonDocument::fromJson(cliList.out.toUtf8()).array();
        QVERIFY(fromCli.size() >= 2);
        QCOMPARE(comparable(fromCli),
                 comparable(m_daemon.get(QStringLiteral("/v1/api/tokens")).array()));
    }

    // An expiry a few seconds ahead: works before, refused after, same running daemon.
    void expiryTakesEffectAtOnce() {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(20);
        const auto made = m_daemon.post(QStringLiteral("/v1/api/tokens"),
                                        {{QStringLiteral("name"), QStringLiteral("short")},
                                         {QStringLiteral("role"), QStringLiteral("viewer")},
                                         {QStringLiteral("expires"), at.toString(Qt::ISODate)}});
        QCOMPARE(made.status, 201);
        const QByteArray secret =
            made.object().value(QStringLiteral("token")).toString().toLatin1();
        if (QDateTime::currentDateTimeUtc() < at.addSecs(-1))
            QCOMPARE(status(secret), 200);
        while (QDateTime::currentDateTimeUtc() <= at)
            QTest::qWait(250);
        const auto late = m_daemon.call("GET", QStringLiteral("/v1/api/tasks"), {}, secret);
        QCOMPARE(late.status, 401);
        QVERIFY2(late.error().contains(QLatin1String("expired")), qPrintable(late.error()));
    }

    // Revoked through the API (DELETE by id): refused from the next request on.
    void apiRevocationTakesEffectAtOnce() {
        const auto made = m_daemon.post(QStringLiteral("/v1/api/tokens"),
                                        {{QStringLiteral("name"), QStringLiteral("gone")},
                                         {QStringLiteral("role"), QStringLiteral("admin")}});
        QCOMPARE(made.status, 201);
        const QByteArray secret =
            made.object().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(status(secret), 200);
        const qint64 id = made.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(m_daemon.call("DELETE", QStringLiteral("/v1/api/tokens/%1").arg(id)).status, 200);
        QCOMPARE(status(secret), 401);
        QCOMPARE(m_daemon.call("DELETE", QStringLiteral("/v1/api/tokens/%1").arg(id)).status, 409);
    }

    // The database file (and its write-ahead log) holds each token's SHA-256, never the token.
    void tokensAreStoredHashed() {
        const auto made = m_daemon.post(QStringLiteral("/v1/api/tokens"),
                                        {{QStringLiteral("name"), QStringLiteral("hashed")},
                                         {QStringLiteral("role"), QStringLiteral("viewer")}});
        QCOMPARE(made.status, 201);
        const QByteArray secret =
            made.object().value(QStringLiteral("token")).toString().toLatin1();
        QCOMPARE(status(secret), 200);
        const QString db = m_daemon.environment().value(QStringLiteral("FLEETCRON_DB"));
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(db + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        const QByteArray hash =
            QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
        QVERIFY2(bytes.contains(hash), "the token's hash is not where the test looks");
        QVERIFY(!bytes.contains(secret));
        QVERIFY(!bytes.contains(secret.mid(secret.lastIndexOf('_') + 1))); // the secret part
        QVERIFY(!bytes.contains(m_daemon.token())); // the legacy file's token neither
    }

    // The old token file's token is the admin "legacy" until revoked, and `fleetcron token`
    // and `token --path` work as before. Last: it ends this daemon's admin token.
    void legacyTokenUntilRevoked() {
        const CliResult printed = token({});
        QCOMPARE(printed.exitCode, 0);
        QCOMPARE(printed.out.trimmed().toLatin1(), m_daemon.token());
        const CliResult path = token({QStringLiteral("--path")});
        QCOMPARE(path.exitCode, 0);
        QVERIFY(path.out.trimmed().endsWith(QLatin1String("conf/api-token")));
        QVERIFY(token({QStringLiteral("list")}).out.contains(QLatin1String("legacy")));
        QCOMPARE(status(m_daemon.token(), QStringLiteral("/v1/api/tokens")), 200);
        QCOMPARE(token({QStringLiteral("revoke"), QStringLiteral("legacy")}).exitCode, 0);
        QCOMPARE(status(m_daemon.token()), 401);
    }

    // Beyond loopback the API would carry tokens in clear text: refused before anything
    // listens, pointing to the reverse-proxy set-up. No address is contacted.
    void refusesPlainHttpBeyondLoopback_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("any") << QStringList{};
        QTest::newRow("any with --listen-any") << QStringList{QStringLiteral("--listen-any")};
    }
    void refusesPlainHttpBeyondLoopback() {
        QFETCH(QStringList, extra);
        const CliResult r = run(QStringList{QStringLiteral("--daemon"), QStringLiteral("--listen"),
                                            QStringLiteral("any:0")} +
                                    extra,
                                m_daemon.environment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("not a loopback address")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("docs/ACCESS.md")));
        QVERIFY(!r.err.contains(QLatin1String("api listening")));
    }
};

QTEST_GUILESS_MAIN(TestAccessTokens)
#include "TestAccessTokens.moc"
