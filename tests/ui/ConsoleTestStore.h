#pragma once

// What the dialog tests share: a real SQLite file that a real EngineHost runs on, and the
// test's own connection to the same file to seed data and to check what a dialog stored.
#include "runtime/EngineHost.h"
#include "service/Services.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/ExecutionRepository.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/TaskRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

namespace fleetcron::test {

class ConsoleTestStore {
public:
    ConsoleTestStore() {
        qputenv("FLEETCRON_SECRETS", "file");
        qputenv("FLEETCRON_SECRETS_DIR", m_dir.filePath(QStringLiteral("secrets")).toUtf8());
        m_path = m_dir.filePath(QStringLiteral("console.sqlite"));
        auto db = Database::open(DatabaseLocation::sqliteFile(m_path));
        if (db)
            m_db = std::move(db).value();
        m_host = std::make_unique<EngineHost>(m_path);
        m_host->start();
    }

    bool ok() const { return m_db != nullptr; }
    EngineHost &host() { return *m_host; }
    Database &db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    Server addServer(const QString &name, const QStringList &tags = {}) {
        Server s;
        s.name = name;
        s.host = QStringLiteral("127.0.0.1");
        s.username = QStringLiteral("nobody");
        s.tags = tags;
        return ServerRepository(*m_db).create(s).value();
    }

    Task addTask(const QString &name, qint64 serverId) {
        Task t;
        t.name = name;
        t.body = QStringLiteral("true");
        t.schedule = QStringLiteral("@daily");
        t.timeZone = QStringLiteral("UTC");
        t.serverIds = {serverId};
        return TaskRepository(*m_db).create(t).value();
    }

    // An ended run with one execution per server in `servers`, all with `status`; returns the
    // executions' ids.
    QList<qint64> addRun(qint64 taskId, const QList<qint64> &servers, const QDateTime &started,
                         qint64 durationMs, RunStatus runStatus, ExecutionStatus status) {
        Run r;
        r.taskId = taskId;
        r.trigger = RunTrigger::Manual;
        r.scheduledFor = started;
        r.startedAt = started;
        r.finishedAt = started.addMSecs(durationMs);
        r.status = runStatus;
        Run run = RunRepository(*m_db).create(r).value();
        QList<qint64> ids;
        for (qint64 serverId : servers) {
            Execution e;
            e.runId = run.id;
            e.serverId = serverId;
            e = ExecutionRepository(*m_db).create(e).value();
            e.startedAt = started;
            e.endedAt = started.addMSecs(durationMs);
            e.status = status;
            e.exitCode = status == ExecutionStatus::Succeeded ? 0 : 1;
            e.stdoutData = "out " + QByteArray::number(e.id);
            (void)ExecutionRepository(*m_db).update(e);
            ids.append(e.id);
        }
        return ids;
    }

    // Waits (without blocking the event loop) for the next modal message box and hands it to
    // `answer`, the way a user would answer it.
    static void answerNextMessageBox(std::function<void(QMessageBox *)> answer,
                                     int triesLeft = 200) {
        QTimer::singleShot(25, qApp, [answer = std::move(answer), triesLeft]() mutable {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answer(box);
                return;
            }
            if (triesLeft > 0)
                answerNextMessageBox(std::move(answer), triesLeft - 1);
        });
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EngineHost> m_host;
};

} // namespace fleetcron::test
