// Next-fire computations per second for a mix of schedule expressions: the scheduler asks for
// one after every fire and the console for five per keystroke, so this must stay cheap.
// Prints every round and the median; exits 1 below the target of 1,000,000 per second.

#include "schedule/Schedule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <vector>

using namespace fleetcron;

namespace {

struct Case {
    Schedule schedule;
    QTimeZone zone;
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const QStringList specs{
        QStringLiteral("*/5 * * * *"),      QStringLiteral("0 9 * * mon-fri"),
        QStringLiteral("30 2 * * *"),       QStringLiteral("0 0 1 * *"),
        QStringLiteral("*/15 * * * * *"),   QStringLiteral("0 30 4 * * sun"),
        QStringLiteral("0 0 13 * fri"),     QStringLiteral("0 12 1-7 jan,jul mon"),
        QStringLiteral("15,45 8-18 * * *"), QStringLiteral("0 0 31 * *"),
        QStringLiteral("0 0 29 2 *"),       QStringLiteral("@hourly"),
        QStringLiteral("@daily"),           QStringLiteral("@every 1h30m"),
        QStringLiteral("every 5 minutes"),  QStringLiteral("90"),
    };
    const QList<QTimeZone> zones{QTimeZone(QByteArrayLiteral("Europe/Berlin")),
                                 QTimeZone(QByteArrayLiteral("America/New_York")),
                                 QTimeZone(QByteArrayLiteral("UTC"))};
    std::vector<Case> cases;
    for (const QString &spec : specs) {
        const ScheduleParseResult parsed = Schedule::parse(spec);
        if (!parsed.isValid()) {
            out << "bad spec " << spec << ": " << parsed.error << Qt::endl;
            return 2;
        }
        for (const QTimeZone &zone : zones)
            cases.push_back({parsed.schedule, zone});
    }

    // Start instants spread over 2026, DST days included, so every call searches afresh.
    std::vector<QDateTime> starts;
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < 997; ++i)
        starts.push_back(base.addSecs(qint64(i) * 31'622 + 17));

    const int rounds = 7;
    const qint64 callsPerRound = 2'000'000;
    std::vector<double> rates;
    qint64 checksum = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < callsPerRound; ++i) {
            const Case &c = cases[std::size_t(i) % cases.size()];
            const QDateTime &after = starts[std::size_t(i) % starts.size()];
            checksum += c.schedule.nextFireAfter(after, c.zone).toSecsSinceEpoch() & 1;
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        rates.push_back(double(callsPerRound) / seconds);
        out << "round " << (round + 1) << ": " << qint64(rates.back()) << " next-fire/s"
            << Qt::endl;
    }
    std::sort(rates.begin(), rates.end());
    const double median = rates[rates.size() / 2];
    out << "expressions: " << specs.size() << " x zones: " << zones.size() << " (checksum "
        << checksum << ")\n";
    out << "median: " << qint64(median) << " next-fire computations/s (target 1000000)" << Qt::endl;
    return median >= 1'000'000 ? 0 : 1;
}
