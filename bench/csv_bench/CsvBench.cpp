// csv_bench: how fast the execution report streams, and in how much memory.
//
// Writes N execution rows (default 1,000,000, a few hundred bytes of output each) through
// ExecutionReportWriter to a file or to a device that discards bytes, several rounds, and prints
// the median rows/s and the process's peak resident memory (VmHWM). Targets from issue 5:
// >= 200,000 rows/s and < 100 MB.

#include "report/ExecutionReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

using namespace fleetcron;

namespace {

// Counts what it is given and keeps nothing: measures the writer, not the disk.
class DiscardDevice : public QIODevice {
public:
    DiscardDevice() { open(QIODevice::WriteOnly | QIODevice::Unbuffered); }
    qint64 total = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override {
        total += size;
        return size;
    }
};

qint64 peakRssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// A handful of realistic executions to cycle through: log-like output with commas, quotes and
// the odd formula-looking line, so quoting and neutralising are exercised, not just memcpy.
std::vector<ExecutionReportRow> templates(int stdoutBytes) {
    const std::array<const char *, 6> lines{
        "2026-11-25 17:32:05 INFO backup: dumped 1234 tables, 56.7 MB in 3.2 s\n",
        "rsync: sent 1,234,567 bytes  received 8,910 bytes  2,486,954.00 bytes/sec\n",
        "Disk usage: /dev/sda1 78% used (\"warning\" threshold 80%)\n",
        "-- vacuum: 12 rows removed, 0 pages freed\n",
        "ok: nginx configuration test is successful\n",
        "Grüße aus Köln: 日本語のログ行 ✓\n"};
    const std::array<const char *, 4> tasks{"nightly-backup", "rotate logs, compress", "disk-check",
                                            "@reboot-cleanup"};
    const std::array<const char *, 4> statuses{"succeeded", "failed", "timed-out", "succeeded"};
    std::vector<ExecutionReportRow> rows;
    for (int i = 0; i < 16; ++i) {
        ExecutionReportRow row;
        row.task = QString::fromUtf8(tasks[i % tasks.size()]);
        row.server = QStringLiteral("web-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        row.host = QStringLiteral("10.0.%1.%2").arg(i / 4).arg(10 + i);
        row.trigger = i % 5 == 0 ? QStringLiteral("manual") : QStringLiteral("schedule");
        row.status = QString::fromLatin1(statuses[i % statuses.size()]);
        row.exitCode = row.status == QLatin1String("succeeded") ? 0 : (i % 3 == 0 ? -1 : 2);
        if (row.status != QLatin1String("succeeded"))
            row.error = QStringLiteral("command exited with status %1").arg(*row.exitCode);
        for (int k = i; row.stdoutData.size() < stdoutBytes; ++k)
            row.stdoutData += lines[k % lines.size()];
        row.stdoutData.truncate(stdoutBytes);
        // Cut at a character boundary: the byte cap of real output may split a character, but
        // that rare case (the writer's repair path) should not decide the figure.
        while (!row.stdoutData.isEmpty() && (uchar(row.stdoutData.back()) & 0xC0) == 0x80)
            row.stdoutData.chop(1);
        if (!row.stdoutData.isEmpty() && uchar(row.stdoutData.back()) >= 0xC0)
            row.stdoutData.chop(1);
        if (i % 4 == 1)
            row.stderrData = "warning: something \"odd\" happened, retrying\n";
        rows.push_back(row);
    }
    return rows;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Streams execution rows through the CSV report writer and reports rows/s "
                       "and peak memory."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows per round."),
                                        QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Rounds."),
                                          QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Write to FILE (default: discard the bytes)."),
        QStringLiteral("FILE"));
    const QCommandLineOption bytesOption(QStringLiteral("stdout-bytes"),
                                         QStringLiteral("Bytes of stdout per row."),
                                         QStringLiteral("N"), QStringLiteral("300"));
    parser.addOptions({rowsOption, roundsOption, outOption, bytesOption});
    parser.process(app);

    const qint64 rowCount = parser.value(rowsOption).toLongLong();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    const std::vector<ExecutionReportRow> pool = templates(parser.value(bytesOption).toInt());
    const qint64 baseMs = QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    QTextStream out(stdout);
    std::vector<double> rates;
    qint64 bytes = 0;
    for (int round = 0; round < rounds; ++round) {
        std::unique_ptr<QIODevice> device;
        if (parser.isSet(outOption)) {
            auto file = std::make_unique<QFile>(parser.value(outOption));
            if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                out << "csv_bench: cannot write " << file->fileName() << ": " << file->errorString()
                    << Qt::endl;
                return 1;
            }
            device = std::move(file);
        } else {
            device = std::make_unique<DiscardDevice>();
        }
        ExecutionReportWriter report(device.get());
        qint64 produced = 0;
        QElapsedTimer timer;
        timer.start();
        // The source refills one row object, as the store's query will: constant memory.
        const bool ok = report.writeAll([&](ExecutionReportRow &row) {
            if (produced == rowCount)
                return false;
            const ExecutionReportRow &model = pool[produced % pool.size()];
            row = model;
            ++produced;
            row.runId = produced / 3 + 1;
            row.executionId = produced;
            const qint64 scheduled = baseMs + produced * 1000;
            row.scheduledFor = QDateTime::fromMSecsSinceEpoch(scheduled, Qt::UTC);
            row.startedAt = QDateTime::fromMSecsSinceEpoch(scheduled + 37, Qt::UTC);
            row.endedAt = QDateTime::fromMSecsSinceEpoch(scheduled + 37 + produced % 5000, Qt::UTC);
            return true;
        });
        const qint64 elapsedNs = timer.nsecsElapsed();
        if (!ok) {
            out << "csv_bench: " << report.errorString() << Qt::endl;
            return 1;
        }
        device->close();
        bytes = parser.isSet(outOption) ? QFileInfo(parser.value(outOption)).size()
                                        : static_cast<DiscardDevice *>(device.get())->total;
        const double rate = double(rowCount) / (double(elapsedNs) / 1e9);
        rates.push_back(rate);
        out << QStringLiteral("round %1: %2 rows in %3 s = %4 rows/s, %5 MB/s")
                   .arg(round + 1)
                   .arg(rowCount)
                   .arg(double(elapsedNs) / 1e9, 0, 'f', 3)
                   .arg(rate, 0, 'f', 0)
                   .arg(double(bytes) / (double(elapsedNs) / 1e9) / 1e6, 0, 'f', 1)
            << Qt::endl;
    }
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];
    const qint64 peakKiB = peakRssKiB();
    out << QStringLiteral("csv_bench: rows=%1 rounds=%2 output=%3 bytes=%4 (%5 B/row) median=%6 "
                          "rows/s peak_rss=%7 MB")
               .arg(rowCount)
               .arg(rounds)
               .arg(parser.isSet(outOption) ? parser.value(outOption) : QStringLiteral("discard"))
               .arg(bytes)
               .arg(rowCount > 0 ? bytes / rowCount : 0)
               .arg(median, 0, 'f', 0)
               .arg(double(peakKiB) / 1024.0, 0, 'f', 1)
        << Qt::endl;
    const bool met = median >= 200000 && peakKiB >= 0 && peakKiB < 100 * 1024;
    out << "targets (>= 200000 rows/s, < 100 MB): " << (met ? "met" : "NOT met") << Qt::endl;
    return 0;
}
