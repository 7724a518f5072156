#pragma once

#include <QList>
#include <QString>

#include <functional>

class QTextStream;

namespace fleetcron {

struct Execution;
struct Run;

// How `runs` and `runs show` print a run: each server's attempts apart, oldest first, as
// "s1#1=failed(1) s1#2=succeeded(0)", so a retried server shows what failed before it passed.
class RunView {
public:
    using NameOf = std::function<QString(qint64 serverId)>;

    static QString attempts(const QList<Execution> &executions, const NameOf &serverName);
    static void printDetail(const Run &run, const QString &taskName,
                            const QList<Execution> &executions, const NameOf &serverName,
                            QTextStream &out);
};

} // namespace fleetcron
