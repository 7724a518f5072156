#include "MeasuredProcess.h"

#include <QElapsedTimer>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

namespace fleetcron::bench {

ProcessCost runMeasured(const QString &program, const QStringList &args,
                        const QProcessEnvironment &environment, const QString &stdoutPath) {
    // Everything the child needs is made before fork: after it, only async-signal-safe calls.
    std::vector<QByteArray> argStore{program.toLocal8Bit()};
    for (const QString &a : args)
        argStore.push_back(a.toLocal8Bit());
    std::vector<QByteArray> envStore;
    for (const QString &e : environment.toStringList())
        envStore.push_back(e.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const QByteArray out = stdoutPath.toLocal8Bit();

    ProcessCost cost;
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid < 0)
        return cost;
    if (pid == 0) {
        const int outFd = open(out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int nullFd = open("/dev/null", O_WRONLY);
        if (outFd < 0 || nullFd < 0)
            _exit(127);
        dup2(outFd, STDOUT_FILENO);
        dup2(nullFd, STDERR_FILENO);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return cost;
    cost.wallMs = clock.nsecsElapsed() / 1e6;
    cost.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    cost.peakRssMb = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    cost.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                      double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return cost;
}

} // namespace fleetcron::bench
