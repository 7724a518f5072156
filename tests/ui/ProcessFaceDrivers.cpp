// The CLI and the REST API as their users reach them: the `fleetcron` program run with arguments,
// and HTTP requests to a `fleetcron --daemon` of the test's own on 127.0.0.1.
#include "FaceDrivers.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace fleetcron::test {

QProcessEnvironment FaceWorld::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETCRON_DB"), database);
    env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), secretsDir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    return env;
}

namespace {

class CliDriver : public FaceDriver {
public:
    explicit CliDriver(QString program)
        : m_program(std::move(program)) {}

    QString face() const override { return QStringLiteral("cli"); }
    bool open(const FaceWorld &world) override {
        m_world = world;
        return true;
    }
    void close() override {}

    FaceOutcome addServer(const ServerInput &s) override {
        QStringList args{QStringLiteral("server"),
                         QStringLiteral("add"),
                         s.name,
                         QStringLiteral("--host"),
                         s.host,
                         QStringLiteral("--port"),
                         QString::number(s.port),
                         QStringLiteral("--user"),
                         s.user};
        args << (s.password.isEmpty() ? QStringLiteral("--agent")
                                      : QStringLiteral("--password-stdin"));
        if (!s.jumps.isEmpty())
            args << QStringLiteral("--jump") << s.jumps.join(u',');
        return run(args, s.password.toUtf8());
    }
    FaceOutcome removeServer(const QString &name) override {
        return run({QStringLiteral("server"), QStringLiteral("remove"), name});
    }
    FaceOutcome addTask(const TaskInput &t) override {
        QStringList args{QStringLiteral("task"),
                         QStringLiteral("add"),
                         t.name,
                         QStringLiteral("--command"),
                         t.command,
                         QStringLiteral("--schedule"),
                         t.schedule,
                         QStringLiteral("--tz"),
                         QStringLiteral("UTC")};
        if (!t.servers.isEmpty())
            args << QStringLiteral("--servers") << t.servers.join(u',');
        for (const QString &tag : t.tags)
            args << QStringLiteral("--tag") << tag;
        for (const QString &window : t.blackouts)
            args << QStringLiteral("--blackout") << window;
        if (t.startDelay)
            args << QStringLiteral("--start-delay") << QString::number(t.startDelay);
        return run(args);
    }
    FaceOutcome removeTask(const QString &name) override {
        return run({QStringLiteral("task"), QStringLiteral("remove"), name});
    }
    FaceOutcome enableTask(const QString &name) override {
        return run({QStringLiteral("task"), QStringLiteral("enable"), name});
    }
    FaceOutcome setGlobalLimit(int executions) override {
        return run({QStringLiteral("settings"), QStringLiteral("set"),
                    QStringLiteral("engine.global_limit"), QString::number(executions)});
    }
    FaceOutcome chainOnSuccess(const QString &name, const QStringList &children) override {
        QStringList args{QStringLiteral("task"), QStringLiteral("edit"), name};
        for (const QString &child : children)
            args << QStringLiteral("--on-success") << child;
        return run(args);
    }

    FaceOutcome addGlobalBlackout(const QString &spec) override {
        return run({QStringLiteral("blackout"), QStringLiteral("add"), spec});
    }

private:
    // A refusal is exit 2 with "fleetcron VERB ACTION: <message>" on stderr.
    FaceOutcome run(const QStringList &args, const QByteArray &input = {}) {
        QProcess p;
        p.setProcessEnvironment(m_world.environment());
        p.start(m_program, args);
        p.write(input);
        p.closeWriteChannel();
        FaceOutcome outcome;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            outcome.error = QStringLiteral("the CLI did not finish");
            return outcome;
        }
        outcome.done = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!outcome.done) {
            const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
            const QString prefix = QStringLiteral("fleetcron %1 %2: ").arg(args.at(0), args.at(1));
            const QString last = err.section(u'\n', -1);
            outcome.error = last.startsWith(prefix)
                                ? last.mid(prefix.size())
                                : QStringLiteral("[exit %1] %2").arg(p.exitCode()).arg(err);
            if (p.exitCode() != 2)
                outcome.error += QStringLiteral(" [exit %1, expected 2]").arg(p.exitCode());
        }
        return outcome;
    }

    QString m_program;
    FaceWorld m_world;
};

class ApiDriver : public FaceDriver {
public:
    explicit ApiDriver(QString program)
        : m_program(std::move(program)) {}
    ~ApiDriver() override { close(); }

    QString face() const override { return QStringLiteral("api"); }

    bool open(const FaceWorld &world) override {
        const QString tokenFile = world.dir + QStringLiteral("/api-token");
        m_daemon.setProcessEnvironment(world.environment());
        m_daemon.setProcessChannelMode(QProcess::MergedChannels);
        m_daemon.start(m_program,
                       {QStringLiteral("--daemon"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--grace"),
                        QStringLiteral("0"), QStringLiteral("--api-token-file"), tokenFile});
        if (!m_daemon.waitForStarted(10000))
            return false;
        // The daemon logs the port it took: "api listening on 127.0.0.1:PORT, token in …".
        static const QRegularExpression listening(QStringLiteral("api listening on [^:]+:(\\d+)"));
        QByteArray log;
        for (int waited = 0; waited < 15000 && m_port == 0; waited += 50) {
            m_daemon.waitForReadyRead(50);
            log += m_daemon.readAll();
            if (auto m = listening.match(QString::fromUtf8(log)); m.hasMatch())
                m_port = m.captured(1).toInt();
        }
        QFile token(tokenFile);
        if (m_port == 0 || !token.open(QIODevice::ReadOnly)) {
            qWarning().noquote() << "daemon did not start:" << log;
            return false;
        }
        m_token = token.readAll().trimmed();
        return true;
    }

    void close() override {
        if (m_daemon.state() == QProcess::NotRunning)
            return;
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(15000)) {
            m_daemon.kill();
            m_daemon.waitForFinished();
        }
    }

    FaceOutcome addServer(const ServerInput &s) override {
        QJsonObject body{{QStringLiteral("name"), s.name},
                         {QStringLiteral("host"), s.host},
                         {QStringLiteral("port"), s.port},
                         {QStringLiteral("username"), s.user}};
        if (s.password.isEmpty()) {
            body.insert(QStringLiteral("auth"), QStringLiteral("agent"));
        } else {
            body.insert(QStringLiteral("auth"), QStringLiteral("password"));
            body.insert(QStringLiteral("password"), s.password);
        }
        if (!s.jumps.isEmpty())
            body.insert(QStringLiteral("jump_hosts"), QJsonArray::fromStringList(s.jumps));
        return request("POST", QStringLiteral("/servers"), body);
    }
    FaceOutcome removeServer(const QString &name) override {
        return request("DELETE", QStringLiteral("/servers/%1").arg(idOf("/servers", name)));
    }
    FaceOutcome addTask(const TaskInput &t) override {
        QJsonObject body{{QStringLiteral("name"), t.name},
                         {QStringLiteral("command"), t.command},
                         {QStringLiteral("schedule"), t.schedule},
                         {QStringLiteral("time_zone"), QStringLiteral("UTC")}};
        if (!t.servers.isEmpty())
            body.insert(QStringLiteral("servers"), QJsonArray::fromStringList(t.servers));
        if (!t.tags.isEmpty())
            body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(t.tags));
        if (!t.blackouts.isEmpty())
            body.insert(QStringLiteral("blackouts"), QJsonArray::fromStringList(t.blackouts));
        if (t.startDelay)
            body.insert(QStringLiteral("start_delay_seconds"), t.startDelay);
        return request("POST", QStringLiteral("/tasks"), body);
    }
    FaceOutcome removeTask(const QString &name) override {
        return request("DELETE", QStringLiteral("/tasks/%1").arg(idOf("/tasks", name)));
    }
    FaceOutcome enableTask(const QString &name) override {
        return request("POST", QStringLiteral("/tasks/%1/enable").arg(idOf("/tasks", name)));
    }
    FaceOutcome setGlobalLimit(int executions) override {
        return request("PUT", QStringLiteral("/settings"),
                       QJsonObject{{QStringLiteral("engine.global_limit"), executions}});
    }
    FaceOutcome chainOnSuccess(const QString &name, const QStringList &children) override {
        FaceOutcome outcome = request(
            "PUT", QStringLiteral("/tasks/%1").arg(idOf("/tasks", name)),
            QJsonObject{{QStringLiteral("on_success"), QJsonArray::fromStringList(children)}});
        // Bad input, as the CLI's exit 2: a 400, not merely some 4xx.
        if (!outcome.done && m_lastStatus != 400)
            outcome.error += QStringLiteral(" [HTTP %1, expected 400]").arg(m_lastStatus);
        return outcome;
    }

    FaceOutcome addGlobalBlackout(const QString &spec) override {
        QJsonArray windows =
            send("GET", QStringLiteral("/blackouts")).body[QStringLiteral("blackouts")].toArray();
        windows.append(spec);
        return request("PUT", QStringLiteral("/blackouts"),
                       QJsonObject{{QStringLiteral("blackouts"), windows}});
    }

private:
    struct Reply {
        int status = 0;
        QJsonDocument body;
    };

    Reply send(const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
        QNetworkRequest req(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/api%2").arg(m_port).arg(path)));
        req.setRawHeader("Authorization", "Bearer " + m_token);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray data =
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_net.sendCustomRequest(req, method, data);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return r;
    }

    // A refusal is a 4xx with {"error": <message>}.
    FaceOutcome request(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {}) {
        const Reply r = send(method, path, body);
        m_lastStatus = r.status;
        FaceOutcome outcome;
        outcome.done = r.status >= 200 && r.status < 300;
        if (!outcome.done) {
            outcome.error = r.body[QStringLiteral("error")].toString();
            if (r.status < 400 || r.status >= 500)
                outcome.error += QStringLiteral(" [HTTP %1, expected 4xx]").arg(r.status);
        }
        return outcome;
    }

    // The API addresses things by id, as its clients do after a listing.
    qint64 idOf(const char *collection, const QString &name) {
        const Reply r = send("GET", QString::fromLatin1(collection));
        for (const QJsonValue &v : r.body.array())
            if (v[QStringLiteral("name")].toString() == name)
                return v[QStringLiteral("id")].toInteger();
        return 0;
    }

    QString m_program;
    QProcess m_daemon;
    QNetworkAccessManager m_net;
    int m_port = 0;
    int m_lastStatus = 0;
    QByteArray m_token;
};

} // namespace

std::unique_ptr<FaceDriver> makeCliDriver(const QString &program) {
    return std::make_unique<CliDriver>(program);
}

std::unique_ptr<FaceDriver> makeApiDriver(const QString &program) {
    return std::make_unique<ApiDriver>(program);
}

} // namespace fleetcron::test
