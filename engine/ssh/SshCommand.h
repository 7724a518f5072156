#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <chrono>
#include <functional>

namespace fleetcron {

enum class SshStream { Stdout, Stderr };

// Receives output as it arrives (for live logs), on the thread that runs the command, never
// while the session is locked. Chunks are not capped: the cap applies to what the result keeps.
using SshOutputSink = std::function<void(SshStream stream, QByteArrayView chunk)>;

// What to run on the server. A command runs as is through the login shell; a script (non-empty
// `script`) is sent on stdin to `interpreter`, so nothing has to be copied to the server first.
struct SshCommand {
    static constexpr qint64 defaultMaxOutputBytes = 1024 * 1024;

    QString command;        // a command line; ignored when `script` is set
    QByteArray script;      // script body for the interpreter's stdin
    QString interpreter;    // "/bin/sh", "python3", or a full line such as "bash -s --"
    int timeoutMs = 0;      // 0: no timeout
    int killGraceMs = 2000; // between TERM and KILL on timeout or cancel
    qint64 maxOutputBytes = defaultMaxOutputBytes; // per stream; head and tail are kept
    SshOutputSink sink;
    // Told the remote shell's process group as soon as the command reports it (before any
    // output), on the thread that runs the command: recorded, it lets whoever recovers a dead
    // engine's work stop the command on the server.
    std::function<void(qint64 pgid)> onProcessGroup;
    // When the timeout starts counting; unset: when the channel opens. The executor sets it to
    // the moment the execution began, so time spent connecting (a slow or silent server)
    // counts against the task's timeout rather than coming on top of it.
    std::chrono::steady_clock::time_point startedAt{};

    static SshCommand shell(const QString &commandLine, int timeoutMs = 0);
    static SshCommand scriptFor(const QString &interpreter, const QByteArray &body,
                                int timeoutMs = 0);

    bool isScript() const { return !script.isNull(); }
    // Milliseconds left before the timeout, counted from `startedAt` (now when unset); a day
    // when there is no timeout. Zero or less: the time is up.
    int msLeft() const;
    // The line the server runs, without the pid prefix: the command, or the interpreter told to
    // read its program from stdin ("/bin/sh -s", "python3 -").
    QString remoteCommandLine() const;
    // Shortened for messages: "connection to web1 lost while running `…`".
    QString summary() const;
};

} // namespace fleetcron
