// The token rules (issue 17) at the door every face uses, on a real SQLite file and
// (test_token_service_postgresql) a real PostgreSQL server: roles, expiry words, making,
// identifying and revoking tokens, the legacy token's adoption, and tag scopes.
#include "../store/StoreTestBackend.h"
#include "service/Services.h"
#include "store/Database.h"

#include <QTest>

using namespace fleetcron;

class TestTokenService : public QObject {
    Q_OBJECT

    test::StoreTestBackend m_backend;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Services> m_services;
    const Actor m_actor{QStringLiteral("cli"), QStringLiteral("tester")};

    TokenService &tokens() { return m_services->tokens; }

    TokenService::Created make(const QString &name, const QString &role,
                               const QStringList &tags = {}) {
        auto made = tokens().create({name, role, tags, {}}, m_actor);
        if (!made)
            qWarning("%s", qPrintable(made.error().toString()));
        return made ? made.value() : TokenService::Created{};
    }

    qint64 server(const QString &name, const QString &tag) {
        Server s;
        s.name = name;
        s.host = QStringLiteral("127.0.0.1");
        s.port = 2222;
        s.username = QStringLiteral("ops");
        s.auth = AuthMethod::Agent;
        s.tags = {tag};
        auto saved = m_services->servers.save(s, std::nullopt, m_actor);
        return saved ? saved->id : 0;
    }

    qint64 task(const QString &name, const QList<qint64> &servers, const QStringList &tags = {}) {
        Task t = m_services->tasks.newTask();
        t.name = name;
        t.body = QStringLiteral("uptime");
        t.schedule = QStringLiteral("*/5 * * * *");
        t.timeZone = QStringLiteral("UTC");
        t.serverIds = servers;
        t.serverTags = tags;
        auto saved = m_services->tasks.save(t, m_actor);
        return saved ? saved->id : 0;
    }

private slots:
    void initTestCase() { QVERIFY2(m_backend.start(), qPrintable(m_backend.error())); }

    void init() {
        auto db = Database::open(m_backend.freshLocation());
        QVERIFY2(db, qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_services = std::make_unique<Services>(*m_db, nullptr, nullptr, nullptr);
    }

    void cleanup() {
        m_services.reset();
        m_db.reset();
    }

    void rolesGrantTheirLevelAndBelow() {
        QVERIFY(TokenRules::grants(QStringLiteral("viewer"), Permission::Read));
        QVERIFY(!TokenRules::grants(QStringLiteral("viewer"), Permission::Operate));
        QVERIFY(TokenRules::grants(QStringLiteral("operator"), Permission::Operate));
        QVERIFY(!TokenRules::grants(QStringLiteral("operator"), Permission::Admin));
        QVERIFY(TokenRules::grants(QStringLiteral("admin"), Permission::Admin));
        QVERIFY(!TokenRules::grants(QStringLiteral("boss"), Permission::Read));
    }

    void expiryWords() {
        const QDateTime now(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);
        QString error;
        QCOMPARE(*TokenRules::parseExpiry(QStringLiteral("30d"), now, &error), now.addDays(30));
        QCOMPARE(*TokenRules::parseExpiry(QStringLiteral("12h"), now, &error), now.addSecs(43200));
        QCOMPARE(*TokenRules::parseExpiry(QStringLiteral("2w"), now, &error), now.addDays(14));
        QCOMPARE(*TokenRules::parseExpiry(QStringLiteral("2027-01-31"), now, &error),
                 QDateTime(QDate(2027, 1, 31), QTime(23, 59, 59), Qt::UTC));
        QCOMPARE(*TokenRules::parseExpiry(QStringLiteral("2026-12-06T10:00:00"), now, &error),
                 QDateTime(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC));
        QCOMPARE(*TokenRules::parseExpiry(QStringLiteral("2026-12-06T10:00:00+02:00"), now, &error),
                 QDateTime(QDate(2026, 12, 6), QTime(8, 0), Qt::UTC));
        QVERIFY(!TokenRules::parseExpiry(QStringLiteral("soon"), now, &error));
        QVERIFY(error.contains(QLatin1String("bad expiry 'soon'")));
        QVERIFY(!TokenRules::parseExpiry(QStringLiteral("2026-12-01"), now, &error));
        QVERIFY(error.contains(QLatin1String("not in the future")));
        QVERIFY(!TokenRules::parseExpiry(QStringLiteral("0d"), now, &error));
    }

    void madeIdentifiedRevoked() {
        const auto made = make(QStringLiteral("ci"), QStringLiteral("operator"));
        QVERIFY(made.secret.startsWith(QLatin1String("fct_")));
        auto who = tokens().identify(made.secret.toLatin1());
        QVERIFY2(who.token, qPrintable(who.reason));
        QCOMPARE(who.token->name, QStringLiteral("ci"));
        QCOMPARE(who.token->role, QStringLiteral("operator"));
        // One character off, or the right lookup with a wrong secret: nobody.
        QByteArray wrong = made.secret.toLatin1();
        wrong[wrong.size() - 1] = wrong.endsWith('0') ? '1' : '0';
        QVERIFY(!tokens().identify(wrong).token);
        QVERIFY(!tokens().identify("fct_").token);
        QVERIFY(!tokens().identify("not a token at all").token);

        const auto again =
            tokens().create({QStringLiteral("ci"), QStringLiteral("viewer"), {}, {}}, m_actor);
        QCOMPARE(again.error().kind, StoreError::Kind::Duplicate);
        QVERIFY(tokens().revoke(QStringLiteral("ci"), m_actor));
        who = tokens().identify(made.secret.toLatin1());
        QVERIFY(!who.token);
        QCOMPARE(who.reason, QStringLiteral("the token 'ci' was revoked"));
        QCOMPARE(tokens().revoke(QStringLiteral("ci"), m_actor).error().kind,
                 StoreError::Kind::Conflict);
        // Both changes audited under the actor, without the secret.
        auto entries = m_services->audit.list({});
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry &e : entries.value()) {
            actions << e.action;
            QVERIFY(!e.after.contains(QLatin1String("fct_")) &&
                    !e.before.contains(QLatin1String("fct_")));
        }
        QVERIFY(actions.contains(QStringLiteral("token.create")));
        QVERIFY(actions.contains(QStringLiteral("token.revoke")));
    }

    void refusals() {
        auto bad = [&](TokenService::Input in, const char *field) {
            auto r = tokens().create(in, m_actor);
            return !r && r.error().kind == StoreError::Kind::Invalid &&
                   r.error().field == QLatin1String(field);
        };
        QVERIFY(bad({QStringLiteral("x"), QStringLiteral("boss"), {}, {}}, "role"));
        QVERIFY(bad({QString(), QStringLiteral("viewer"), {}, {}}, "name"));
        QVERIFY(bad({QStringLiteral("legacy"), QStringLiteral("admin"), {}, {}}, "name"));
        QVERIFY(bad({QStringLiteral("x"), QStringLiteral("viewer"), {}, QStringLiteral("1y")},
                    "expires"));
        auto list = tokens().list();
        QVERIFY(list && list->isEmpty());
    }

    // The file's token becomes admin "legacy", follows the file, and stays dead once revoked.
    void legacyAdoption() {
        QVERIFY(tokens().adoptLegacy("0123456789abcdef0123456789abcdef"));
        auto who = tokens().identify("0123456789abcdef0123456789abcdef");
        QVERIFY(who.token && who.token->legacy && who.token->role == QLatin1String("admin"));
        QVERIFY(tokens().adoptLegacy("fedcba9876543210fedcba9876543210"));
        QVERIFY(!tokens().identify("0123456789abcdef0123456789abcdef").token);
        QVERIFY(tokens().identify("fedcba9876543210fedcba9876543210").token);
        QVERIFY(tokens().revoke(TokenService::legacyName(), m_actor));
        QVERIFY(tokens().adoptLegacy("fedcba9876543210fedcba9876543210"));
        QVERIFY(!tokens().identify("fedcba9876543210fedcba9876543210").token);
    }

    void tagScopes() {
        const qint64 web = server(QStringLiteral("web1"), QStringLiteral("web"));
        const qint64 db = server(QStringLiteral("db1"), QStringLiteral("db"));
        QVERIFY(web && db);
        const qint64 onWeb = task(QStringLiteral("a"), {web});
        const qint64 onBoth = task(QStringLiteral("b"), {web, db});
        const qint64 byTag = task(QStringLiteral("c"), {}, {QStringLiteral("web")});
        QVERIFY(onWeb && onBoth && byTag);
        const auto made =
            make(QStringLiteral("w"), QStringLiteral("operator"), {QStringLiteral("web")});
        const AccessToken t = made.token;
        QVERIFY(tokens().serverInScope(t, web));
        QVERIFY(!tokens().serverInScope(t, db));
        QVERIFY(tokens().taskInScope(t, onWeb));
        QVERIFY(tokens().taskInScope(t, byTag));
        QVERIFY(!tokens().taskInScope(t, onBoth)); // reaches a db server too
        QVERIFY(!tokens().taskInScope(t, 9999));
        using Target = TokenService::Target;
        QVERIFY(tokens().authorize(t, Permission::Operate, Target::Task, onWeb).allowed);
        QVERIFY(!tokens().authorize(t, Permission::Operate, Target::Task, onBoth).allowed);
        QVERIFY(!tokens().authorize(t, Permission::Admin, Target::Task, onWeb).allowed);
        QVERIFY(!tokens().authorize(t, Permission::Read, Target::None, 0).allowed);
        QVERIFY(tokens().authorize(t, Permission::Read, Target::TaskList, 0).allowed);
        const auto all = make(QStringLiteral("all"), QStringLiteral("viewer"));
        QVERIFY(tokens().authorize(all.token, Permission::Read, Target::None, 0).allowed);
        QVERIFY(tokens().taskInScope(all.token, onBoth));
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "TestTokenService.moc"
