// Issue 14: the CLI, the daemon's log and the API's errors speak the operator's language, as the
// console does. The real binary in its own process, with only the locale's name in the
// environment (this machine has no de_DE or fr_FR system locale installed: Qt needs none), and a
// real daemon answering HTTP with Accept-Language. What scripts parse stays as it is.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

using Locale = QList<std::pair<QString, QString>>; // environment variables to set

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString s(const char *text) {
    return QString::fromUtf8(text);
}

struct HttpAnswer {
    int status = 0;
    QJsonObject body;
};

} // namespace

class TestLanguages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // The locale variables of the test's own environment are dropped: only `locale` decides.
    QProcessEnvironment environment(const Locale &locale) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(s(name));
        for (const auto &[name, value] : locale)
            env.insert(name, value);
        env.insert(s("FLEETCRON_DB"), m_dir.filePath(s("fleet.sqlite")));
        env.insert(s("FLEETCRON_SECRETS"), s("file"));
        env.insert(s("FLEETCRON_SECRETS_DIR"), m_dir.filePath(s("secrets")));
        env.insert(s("FLEETCRON_CONFIG_DIR"), m_dir.filePath(s("conf")));
        env.insert(s("XDG_CONFIG_HOME"), m_dir.filePath(s("config")));
        env.insert(s("XDG_DATA_HOME"), m_dir.filePath(s("data")));
        return env;
    }

    Result fleetcron(const QStringList &args, const Locale &locale) {
        QProcess p;
        p.setProcessEnvironment(environment(locale));
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

    static HttpAnswer get(QNetworkAccessManager &net, int port, const QString &path,
                          const QByteArray &token, const QByteArray &acceptLanguage) {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!acceptLanguage.isEmpty())
            request.setRawHeader("Accept-Language", acceptLanguage);
        QNetworkReply *reply = net.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpAnswer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return a;
    }

    static Locale lang(const char *value) { return {{s("LANG"), s(value)}}; }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        // The premise of "no installed locale needed": say which ones this machine has.
        QProcess locales;
        locales.start(s("locale"), {s("-a")});
        if (locales.waitForFinished(10000))
            qInfo("installed system locales: %s",
                  qPrintable(QString::fromUtf8(locales.readAllStandardOutput()).simplified()));
    }

    // `help` and a service's refusal, in the language the environment names; LC_ALL beats
    // LC_MESSAGES beats LANG, as for every other program.
    void cliSpeaksTheLocalesLanguage_data() {
        QTest::addColumn<Locale>("locale");
        QTest::addColumn<QString>("commands");
        QTest::addColumn<QString>("helpOption");
        QTest::addColumn<QString>("refusal");
        const QString de = s("fleetcron task show: keine Aufgabe namens 'nosuch'\n");
        const QString fr = s("fleetcron task show: aucune tâche nommée 'nosuch'\n");
        const QString en = s("fleetcron task show: no task named 'nosuch'\n");
        QTest::newRow("LANG=de_DE.UTF-8")
            << lang("de_DE.UTF-8") << s("Befehle:")
            << s("Zeigt die Hilfe zu den Kommandozeilenoptionen an.") << de;
        QTest::newRow("LANG=fr_FR.UTF-8")
            << lang("fr_FR.UTF-8") << s("Commandes :") << s("Affiche l’aide sur les options") << fr;
        QTest::newRow("LC_ALL=fr over LANG=de")
            << Locale{{s("LANG"), s("de_DE.UTF-8")}, {s("LC_ALL"), s("fr_FR.UTF-8")}}
            << s("Commandes :") << s("Affiche l’aide") << fr;
        QTest::newRow("LC_MESSAGES=de over LANG=C")
            << Locale{{s("LANG"), s("C.UTF-8")}, {s("LC_MESSAGES"), s("de_DE.UTF-8")}}
            << s("Befehle:") << s("Zeigt die Hilfe") << de;
        QTest::newRow("LANG=C.UTF-8") << lang("C.UTF-8") << s("Commands:")
                                      << s("Displays help on commandline options.") << en;
        QTest::newRow("no locale at all") << Locale{} << s("Commands:") << s("Displays help") << en;
    }

    void cliSpeaksTheLocalesLanguage() {
        QFETCH(Locale, locale);
        QFETCH(QString, commands);
        QFETCH(QString, helpOption);
        QFETCH(QString, refusal);
        Result r = fleetcron({s("help")}, locale);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u'\n' + commands + u'\n'), qPrintable(r.out));
        QVERIFY2(r.out.contains(helpOption), qPrintable(r.out));
        r = fleetcron({s("task"), s("show"), s("nosuch")}, locale);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, refusal);
    }

    // A verb's help keeps the verb in its (translated) usage line; Qt's own words are ours.
    void verbHelpIsTranslatedWhole() {
        const Result de = fleetcron({s("help"), s("runs")}, lang("de_DE.UTF-8"));
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.out.startsWith(s("Aufruf: fleetcron runs ")), qPrintable(de.out));
        QVERIFY2(de.out.contains(s("\nOptionen:\n")), qPrintable(de.out));
        QVERIFY2(de.out.contains(s("Nur Läufe dieser Aufgabe.")), qPrintable(de.out));
        const Result fr = fleetcron({s("runs"), s("--help")}, lang("fr_FR.UTF-8"));
        QVERIFY2(fr.out.startsWith(s("Utilisation : fleetcron runs ")), qPrintable(fr.out));
        QVERIFY2(fr.out.contains(s("Seulement les exécutions de cette tâche.")),
                 qPrintable(fr.out));
        // Placeholders filled in German as in English: the usage error names the option.
        const Result bad = fleetcron({s("runs"), s("--bogus")}, lang("de_DE.UTF-8"));
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(s("Unbekannte Option 'bogus'.")), qPrintable(bad.err));
    }

    // What scripts read does not change with the language: JSON, table headers, statuses.
    void scriptOutputStaysAsItIs() {
        Result r = fleetcron({s("server"), s("add"), s("web1"), s("--host"), s("127.0.0.1"),
                              s("--user"), s("ops"), s("--agent")},
                             lang("de_DE.UTF-8"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(s("Server web1 hinzugefügt (ID ")), qPrintable(r.out));
        for (const QStringList &args :
             {QStringList{s("server"), s("list")}, QStringList{s("server"), s("list"), s("--json")},
              QStringList{s("settings"), s("list"), s("--json")}, QStringList{s("runs")},
              QStringList{s("task"), s("list"), s("--json")}}) {
            const Result english = fleetcron(args, lang("C.UTF-8"));
            const Result german = fleetcron(args, lang("de_DE.UTF-8"));
            const Result french = fleetcron(args, lang("fr_FR.UTF-8"));
            QCOMPARE(english.exitCode, 0);
            QCOMPARE(german.out, english.out);
            QCOMPARE(french.out, english.out);
        }
        QVERIFY(fleetcron({s("server"), s("list")}, lang("de_DE.UTF-8")).out.startsWith(s("NAME")));
    }

    // The daemon logs in LANG's language; the API answers each request in its Accept-Language,
    // else in the daemon's; the "field" of an error stays a field name.
    void daemonAndApiSpeakTheirLanguages() {
        QProcess daemon;
        daemon.setProcessEnvironment(environment(lang("de_DE.UTF-8")));
        daemon.start(qEnvironmentVariable("FLEETCRON_BINARY"),
                     {s("--daemon"), s("--listen"), s("127.0.0.1:0"), s("--api-token-file"),
                      m_dir.filePath(s("token"))});
        QVERIFY(daemon.waitForStarted(10000));
        QString log;
        static const QRegularExpression listening(s("API lauscht auf 127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch match;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && !(match.hasMatch() && log.contains(s("Daemon gestartet")))) {
            daemon.waitForReadyRead(200);
            log += QString::fromUtf8(daemon.readAllStandardError());
            match = listening.match(log);
        }
        QVERIFY2(log.contains(s("Daemon gestartet: Engine ")), qPrintable(log));
        QVERIFY2(match.hasMatch(), qPrintable(log));
        const int port = match.captured(1).toInt();
        QFile tokenFile(m_dir.filePath(s("token")));
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        const QByteArray token = tokenFile.readAll().trimmed();

        QNetworkAccessManager net;
        const QString missing = s("/v1/api/tasks/999999");
        struct Case {
            QByteArray acceptLanguage;
            QString error;
        };
        const QList<Case> cases{
            {"fr-FR,fr;q=0.9,en;q=0.8", s("identifiant de tâche inconnu 999999")},
            {"de", s("unbekannte Aufgaben-ID 999999")},
            {"en-US,en;q=0.9", s("unknown task id 999999")},
            {"es", s("unknown task id 999999")}, // none of ours: English, not the daemon's
        };
        for (const Case &c : cases) {
            const HttpAnswer a = get(net, port, missing, token, c.acceptLanguage);
            QCOMPARE(a.status, 404);
            QCOMPARE(a.body.value(s("error")).toString(), c.error);
            QCOMPARE(a.body.value(s("field")).toString(), s("id"));
        }
        // No Accept-Language at all (QNetworkAccessManager always sends one): the daemon's LANG.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, quint16(port));
        QVERIFY(raw.waitForConnected(10000));
        raw.write("GET " + missing.toLatin1() +
                  " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                  "\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (raw.waitForReadyRead(10000))
            answer += raw.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 404"), answer.constData());
        QVERIFY2(QString::fromUtf8(answer).contains(s("unbekannte Aufgaben-ID 999999")),
                 answer.constData());
        // Refused before any service is asked: the gate speaks the language too.
        QCOMPARE(get(net, port, missing, {}, "fr").body.value(s("error")).toString(),
                 s("jeton bearer manquant"));

        daemon.terminate();
        QVERIFY(daemon.waitForFinished(30000));
        log += QString::fromUtf8(daemon.readAllStandardError());
        QVERIFY2(log.contains(s("INFO  daemon beendet")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestLanguages)
#include "TestLanguages.moc"
