#include "RemoteGroupStop.h"

#include "SshTargetFactory.h"
#include "model/Server.h"
#include "ssh/SshCommand.h"
#include "ssh/SshPool.h"

namespace fleetcron {

QString RemoteGroupStop::commandFor(qint64 pgid) {
    // `kill -0` polls whether any member of the group is left; a group gone already is no
    // error. POSIX sh, so it works whatever the login shell.
    const QString g = QString::number(pgid);
    return QStringLiteral("kill -TERM -%1 2>/dev/null || exit 0; i=0; "
                          "while [ $i -lt %2 ] && kill -0 -%1 2>/dev/null; do sleep 0.1; "
                          "i=$((i+1)); done; kill -KILL -%1 2>/dev/null; exit 0")
        .arg(g)
        .arg(termGraceMs / 100);
}

QString RemoteGroupStop::stop(SshPool &pool, SecretStore *secrets, const Server &server,
                              qint64 pgid, const SshCancelToken &cancel) {
    if (pgid <= 1)
        return QStringLiteral("no process group is known for it");
    const SshTargetFactory::Result target = SshTargetFactory::make(server, secrets);
    if (!target.error.isEmpty())
        return target.error;
    const SshExecResult result =
        pool.exec(target.target, SshCommand::shell(commandFor(pgid), termGraceMs + 8000), cancel);
    return result.ok() ? QString() : result.error;
}

} // namespace fleetcron
