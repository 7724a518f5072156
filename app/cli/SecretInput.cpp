#include "SecretInput.h"

#include <QFile>

#include <cstdio>

namespace fleetcron {

QString SecretInput::readLine() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace fleetcron
