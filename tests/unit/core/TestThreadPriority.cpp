// ThreadPriority raises only the calling thread, and only as far as the process may: a thread
// limited by RLIMIT_NICE (as an unprivileged daemon is without the unit's LimitNICE) keeps its
// priority and says so.
#include "store/ThreadPriority.h"

#include <QTest>
#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace fleetcron;

namespace {

int niceOf(pid_t tid) {
    errno = 0;
    return ::getpriority(PRIO_PROCESS, id_t(tid));
}

pid_t currentTid() {
    return pid_t(::syscall(SYS_gettid));
}

} // namespace

class TestThreadPriority : public QObject {
    Q_OBJECT
private slots:
    void raisesOnlyTheCallingThread() {
        if (::geteuid() != 0)
            QSKIP("needs root (or CAP_SYS_NICE) to lower a nice value");
        const pid_t mainTid = currentTid();
        int workerNice = 1;
        int returned = 1;
        QThread *worker = QThread::create([&] {
            returned = ThreadPriority::raiseCurrentThread();
            workerNice = niceOf(currentTid());
        });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        QCOMPARE(returned, ThreadPriority::latencySensitiveNice);
        QCOMPARE(workerNice, ThreadPriority::latencySensitiveNice);
        QCOMPARE(niceOf(mainTid), 0);
    }

    void bulkWorkersGoBelowNormalEvenUnderARaisedCreator() {
        // A thread inherits its creator's nice value: workers started by the raised engine
        // thread would compete with the scheduler unless they lower themselves. Lowering needs
        // no privilege, and a thread already lower stays where it is.
        int workerNice = 0;
        int returned = 0;
        int again = 0;
        QThread *creator = QThread::create([&] {
            ThreadPriority::raiseCurrentThread(); // as the engine thread does (when allowed)
            QThread *worker = QThread::create([&] {
                returned = ThreadPriority::lowerCurrentThread();
                workerNice = niceOf(currentTid());
                again = ThreadPriority::lowerCurrentThread(2); // never back up
            });
            worker->start();
            worker->wait(5000);
            delete worker;
        });
        creator->start();
        QVERIFY(creator->wait(5000));
        delete creator;
        QCOMPARE(returned, ThreadPriority::bulkWorkNice);
        QCOMPARE(workerNice, ThreadPriority::bulkWorkNice);
        QCOMPARE(again, ThreadPriority::bulkWorkNice);
        QCOMPARE(niceOf(currentTid()), 0);
    }

    void aBulkThreadIsRaisedOnlyWhileItHoldsTheLock() {
        // The search indexer works at bulkWorkNice and holds the database's write lock, which
        // the scheduler's claims wait for, at their priority; then it is back where it was.
        if (::geteuid() != 0)
            QSKIP("needs root (or CAP_SYS_NICE) to lower a nice value");
        int before = 0;
        int during = 0;
        int after = 0;
        QThread *worker = QThread::create([&] {
            ThreadPriority::lowerCurrentThread();
            before = niceOf(currentTid());
            {
                const ThreadPriority::Raised raised;
                during = niceOf(currentTid());
            }
            after = niceOf(currentTid());
        });
        worker->start();
        QVERIFY(worker->wait(5000));
        delete worker;
        QCOMPARE(before, ThreadPriority::bulkWorkNice);
        QCOMPARE(during, ThreadPriority::latencySensitiveNice);
        QCOMPARE(after, ThreadPriority::bulkWorkNice);
        QCOMPARE(niceOf(currentTid()), 0);
    }

    void keepsThePriorityWhenNotAllowed() {
        // A child process without the right to lower nice values (RLIMIT_NICE 0 and, when the test
        // runs as root, no longer root) reports what it got through its exit code.
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            rlimit none{0, 0};
            ::setrlimit(RLIMIT_NICE, &none);
            if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
                ::_exit(2);
            const int got = ThreadPriority::raiseCurrentThread();
            ::_exit(got == 0 && niceOf(currentTid()) == 0 ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }
};

QTEST_GUILESS_MAIN(TestThreadPriority)
#include "TestThreadPriority.moc"
