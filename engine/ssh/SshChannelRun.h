#pragma once

#include "CappedOutputBuffer.h"
#include "SshCancelToken.h"
#include "SshCommand.h"
#include "SshExecResult.h"
#include "SshTime.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace fleetcron {

class SshChannel;
struct SshSessionPrivate;

// One command on its own channel of a session, from opening the channel to the result: it runs
// as `echo $$; …` (a script goes on stdin), both streams go to the capped buffers and the sink,
// a timeout or cancel stops the remote process group, and what the channel learned becomes a
// status and a sentence. A class of its own so SshSession::exec reads in one sitting and each
// step here can be read alone. One object per exec; run() is called once.
//
// The session lock is taken for bounded turns only, so other channels on the same session keep
// flowing while this one waits, and output reaches the sink between turns.
class SshChannelRun {
public:
    SshChannelRun(SshSessionPrivate &session, const SshCommand &command,
                  const SshCancelToken &cancel);
    ~SshChannelRun();
    SshChannelRun(const SshChannelRun &) = delete;
    SshChannelRun &operator=(const SshChannelRun &) = delete;

    SshExecResult run();

private:
    enum class Stop { None, Timeout, Cancel };

    bool openChannel();
    void sendInput();
    Stop readUntilEnd();
    void stopRemote();
    bool signalRemote(const char *signal);
    bool waitForEnd(int ms);
    bool turn(int waitMs);
    bool pump(int waitMs);
    void hand();
    void takeStdout(QByteArrayView chunk);
    void deliver(SshStream stream, QByteArrayView chunk);
    void checkAlive();
    SshExecResult finish(Stop stop);

    SshSessionPrivate &m_session;
    const SshCommand &m_command;
    const SshCancelToken &m_cancel;
    const sshtime::Clock::time_point m_started;
    const QString m_name;
    const QString m_what;
    CappedOutputBuffer m_out;
    CappedOutputBuffer m_err;
    SshExecResult m_result;
    std::unique_lock<std::mutex> m_lock;
    std::unique_ptr<SshChannel> m_channel;

    bool m_lost = false;
    QString m_lostWhy;

    // The first stdout line is the remote shell's pid from the `echo $$;` prefix; it is taken
    // off before anyone sees the output.
    QByteArray m_pidLine;
    bool m_pidDone = false;

    std::vector<char> m_buf;
    // What the last pump read under the lock, handed on once the lock is released.
    QByteArray m_gotOut;
    QByteArray m_gotErr;

    bool m_usedKill = false;
    bool m_unanswered = false; // the kill got no answer from the server
    int m_stopAnswerMs = 0;    // how long each step of the kill waits; see stopAnswerLimit()
};

} // namespace fleetcron
