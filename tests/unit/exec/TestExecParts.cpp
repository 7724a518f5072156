#include "exec/ConcurrencyGate.h"
#include "exec/OutputBatcher.h"
#include "exec/RoundRobinPicker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <vector>

using namespace fleetcron;

class TestExecParts : public QObject {
    Q_OBJECT
private slots:
    void gateHonoursGlobalAndServerLimits() {
        ConcurrencyGate gate(3);
        gate.setServerLimit(1, 2);
        gate.setServerLimit(2, 1);
        for (qint64 e = 1; e <= 4; ++e)
            gate.enqueue({e, 1}); // four on server 1
        gate.enqueue({5, 2});
        gate.enqueue({6, 2});

        const auto first = gate.admit();
        // Server 1 takes two (its limit), server 2 one (its limit): three, the global limit.
        QCOMPARE(first.size(), 3);
        QCOMPARE(first.at(0).executionId, 1);
        QCOMPARE(first.at(1).executionId, 2);
        QCOMPARE(first.at(2).executionId, 5);
        QCOMPARE(gate.running(), 3);
        QCOMPARE(gate.waiting(), 3);
        QVERIFY(gate.admit().isEmpty());

        gate.release(2);
        const auto second = gate.admit();
        // Server 1 is still full, so the freed slot goes to server 2's next in line.
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).executionId, 6);

        gate.release(1);
        QCOMPARE(gate.admit().at(0).executionId, 3); // arrival order on server 1
        QVERIFY(gate.dequeue(4));
        QVERIFY(!gate.dequeue(4));
        QCOMPARE(gate.waiting(), 0);
    }

    // The turn order the picker walks (its database side and the passing over of unreachable,
    // busy and full servers are proven against real sshd in test_round_robin).
    void roundRobinTurnOrderStartsAfterTheLastServer() {
        auto servers = [](const QList<qint64> &ids) {
            QList<Server> list;
            for (const qint64 id : ids) {
                Server s;
                s.id = id;
                list << s;
            }
            return list;
        };
        auto ids = [](const QList<Server> &list) {
            QList<qint64> out;
            for (const Server &s : list)
                out << s.id;
            return out;
        };
        const QList<Server> targets = servers({30, 10, 20});
        QCOMPARE(ids(RoundRobinPicker::turnOrder(targets, 0)), (QList<qint64>{10, 20, 30}));
        QCOMPARE(ids(RoundRobinPicker::turnOrder(targets, 10)), (QList<qint64>{20, 30, 10}));
        QCOMPARE(ids(RoundRobinPicker::turnOrder(targets, 30)), (QList<qint64>{10, 20, 30}));
        // The last server was removed from the targets meanwhile: the next id after it.
        QCOMPARE(ids(RoundRobinPicker::turnOrder(targets, 15)), (QList<qint64>{20, 30, 10}));
    }

    void batcherMergesAndBatchesAcrossThreads() {
        OutputBatcher batcher(30);
        QSignalSpy spy(&batcher, &OutputBatcher::batchReady);
        constexpr int threads = 8;
        constexpr int chunksPerThread = 500;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&batcher, t] {
                for (int i = 0; i < chunksPerThread; ++i) {
                    ExecutionOutputChunk chunk;
                    chunk.executionId = t + 1;
                    chunk.stream = i % 2 ? ExecutionOutputChunk::Stream::Stderr
                                         : ExecutionOutputChunk::Stream::Stdout;
                    chunk.bytes = QByteArray("x");
                    batcher.append(chunk);
                }
            }));
            workers.back()->start();
        }
        for (auto &w : workers)
            QVERIFY(w->wait(10000));
        QTRY_VERIFY(!spy.isEmpty());
        batcher.flush();
        qint64 bytes = 0;
        int chunks = 0;
        for (const auto &args : spy) {
            const auto batch = args.at(0).value<QList<ExecutionOutputChunk>>();
            chunks += batch.size();
            for (const auto &c : batch)
                bytes += c.bytes.size();
        }
        QCOMPARE(bytes, qint64(threads * chunksPerThread)); // nothing lost
        // 4000 appends arrive as far fewer signals than appends.
        QVERIFY2(spy.size() < 50, qPrintable(QString::number(spy.size())));
        QVERIFY(chunks <= threads * chunksPerThread);
    }
};

QTEST_GUILESS_MAIN(TestExecParts)
#include "TestExecParts.moc"
