#include "SshCommand.h"

#include <QFileInfo>
#include <QStringList>

namespace fleetcron {

SshCommand SshCommand::shell(const QString &commandLine, int timeoutMs) {
    SshCommand c;
    c.command = commandLine;
    c.timeoutMs = timeoutMs;
    return c;
}

SshCommand SshCommand::scriptFor(const QString &interpreter, const QByteArray &body,
                                 int timeoutMs) {
    SshCommand c;
    c.interpreter = interpreter.isEmpty() ? QStringLiteral("/bin/sh") : interpreter;
    c.script = body.isNull() ? QByteArray("") : body;
    c.timeoutMs = timeoutMs;
    return c;
}

int SshCommand::msLeft() const {
    using namespace std::chrono;
    if (timeoutMs <= 0)
        return 24 * 3600 * 1000;
    if (startedAt == steady_clock::time_point{})
        return timeoutMs;
    return timeoutMs - int(duration_cast<milliseconds>(steady_clock::now() - startedAt).count());
}

QString SshCommand::remoteCommandLine() const {
    if (!isScript())
        return command;
    const QString interp =
        interpreter.trimmed().isEmpty() ? QStringLiteral("/bin/sh") : interpreter.trimmed();
    // A line with arguments is the user's exact wish; a bare program gets the flag that makes
    // it read the program from stdin.
    if (interp.contains(QLatin1Char(' ')))
        return interp;
    static const QStringList shells = {QStringLiteral("sh"),   QStringLiteral("bash"),
                                       QStringLiteral("dash"), QStringLiteral("zsh"),
                                       QStringLiteral("ksh"),  QStringLiteral("ash")};
    const QString base = QFileInfo(interp).fileName();
    if (shells.contains(base))
        return interp + QStringLiteral(" -s");
    return interp + QStringLiteral(" -");
}

QString SshCommand::summary() const {
    QString line = isScript() ? QStringLiteral("script via %1").arg(remoteCommandLine())
                              : command.simplified();
    constexpr int maxChars = 60;
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + QChar(0x2026);
    return line;
}

} // namespace fleetcron
