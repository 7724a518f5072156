// Writes executions through StoreWriter as fast as it can until it is killed, printing
// "acked N" each time a batch commits (N = every row with exit_code <= N is committed).
// TestStoreWriter SIGKILLs it mid-stream and checks that every acknowledged row survived.
#include "store/Database.h"
#include "store/RunRepository.h"
#include "store/ServerRepository.h"
#include "store/StoreWriterThread.h"
#include "store/TaskRepository.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace fleetcron;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_kill_helper DBFILE|postgresql://URL\n");
        return 2;
    }
    auto location = DatabaseLocation::fromString(QString::fromLocal8Bit(argv[1]),
                                                 DatabaseLocation::Source::CommandLine);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(location.error().toString()));
        return 2;
    }
    auto db = Database::open(location.value());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    Server server;
    server.name = QStringLiteral("s");
    server.host = QStringLiteral("127.0.0.1");
    const qint64 serverId = ServerRepository(*db.value()).create(server)->id;
    Task task;
    task.name = QStringLiteral("t");
    task.body = QStringLiteral("true");
    task.schedule = QStringLiteral("@every 1s");
    Run run;
    run.taskId = TaskRepository(*db.value()).create(task)->id;
    const qint64 runId = RunRepository(*db.value()).create(run)->id;

    StoreWriter::Options options;
    options.batchSize = 500;
    options.flushIntervalMs = 5;
    StoreWriterThread writerThread(*db.value(), options);
    StoreWriter *writer = writerThread.writer();
    QObject::connect(
        writer, &StoreWriter::batchCommitted, &app,
        [](quint64 lastTicket, int) {
            std::printf("acked %llu\n", static_cast<unsigned long long>(lastTicket));
            std::fflush(stdout);
        },
        Qt::DirectConnection);
    std::printf("ready\n");
    std::fflush(stdout);

    QThread *producer = QThread::create([&] {
        for (int i = 1;; ++i) {
            Execution e;
            e.runId = runId;
            e.serverId = serverId;
            e.status = ExecutionStatus::Succeeded;
            e.exitCode = i; // the ticket of this write: tickets count from 1 in order
            e.stdoutData = QByteArray("line of output\n").repeated(4);
            writer->insertExecution(e);
            writer->waitForRoom(5000);
            if (i % 200 == 0)
                QThread::msleep(1);
        }
    });
    producer->start();
    return app.exec();
}
