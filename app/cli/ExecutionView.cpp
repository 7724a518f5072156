#include "ExecutionView.h"

#include "model/Execution.h"

#include <QCoreApplication>
#include <QTextStream>

namespace fleetcron {

void ExecutionView::print(const Execution &e, const QString &server, Detail detail,
                          QTextStream &out) {
    out << "== " << server << ": " << toString(e.status);
    if (e.exitCode)
        out << ", exit " << *e.exitCode;
    if (detail == Detail::Full) {
        const qint64 ms =
            e.startedAt.isValid() && e.endedAt.isValid() ? e.startedAt.msecsTo(e.endedAt) : 0;
        if (!e.exitSignal.isEmpty())
            out << ", signal " << e.exitSignal;
        out << ", " << QString::number(double(ms) / 1000.0, 'f', 2) << " s";
        if (e.attempt > 1)
            out << ", attempt " << e.attempt;
    }
    out << '\n';
    if (!e.error.isEmpty())
        out << "error: " << e.error << '\n';
    auto stream = [&](const char *label, const QByteArray &data, bool truncated) {
        if (data.isEmpty())
            return;
        out << "-- " << label
            << (truncated ? u' ' + QCoreApplication::translate("ExecutionView",
                                                               "(truncated: head and tail kept)")
                          : QString())
            << " --\n"
            << QString::fromUtf8(data);
        if (!data.endsWith('\n'))
            out << '\n';
    };
    stream("stdout", e.stdoutData, e.stdoutTruncated);
    stream("stderr", e.stderrData, e.stderrTruncated);
}

} // namespace fleetcron
