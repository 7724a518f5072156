#include <QProcess>
#include <QTest>

// Runs the real `fleetcron schedule` verb in its own process, as a script would.
class TestScheduleCli : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QStringList &args) {
        QProcess process;
        process.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        Result r;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariable("FLEETCRON_BINARY").isEmpty(),
                 "FLEETCRON_BINARY is not set; run through ctest");
    }

    void printsDstCorrectTimes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Berlin spring gap")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("30 2 * * *"),
                           QStringLiteral("--tz"),     QStringLiteral("Europe/Berlin"),
                           QStringLiteral("--from"),   QStringLiteral("2026-03-28T12:00:00Z"),
                           QStringLiteral("--count"),  QStringLiteral("3")}
            << QStringLiteral("2026-03-29T03:00:00+02:00\n2026-03-30T02:30:00+02:00\n"
                              "2026-03-31T02:30:00+02:00\n");
        QTest::newRow("Berlin repeated hour, half-hourly")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("*/30 * * * *"),
                           QStringLiteral("--tz=Europe/Berlin"),
                           QStringLiteral("--from=2026-10-25T01:45:00+02:00")}
            // A wildcard hour fires in both passes of the repeated hour (docs/SCHEDULES.md).
            << QStringLiteral("2026-10-25T02:00:00+02:00\n2026-10-25T02:30:00+02:00\n"
                              "2026-10-25T02:00:00+01:00\n2026-10-25T02:30:00+01:00\n"
                              "2026-10-25T03:00:00+01:00\n");
        QTest::newRow("New York gap, wall-time --from")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("0 2 * * *"),
                           QStringLiteral("--tz"),     QStringLiteral("America/New_York"),
                           QStringLiteral("--from"),   QStringLiteral("2026-03-07T12:00:00"),
                           QStringLiteral("--count"),  QStringLiteral("2")}
            << QStringLiteral("2026-03-08T03:00:00-04:00\n2026-03-09T02:00:00-04:00\n");
        QTest::newRow("unquoted interval words")
            << QStringList{QStringLiteral("schedule"),
                           QStringLiteral("@every"),
                           QStringLiteral("90m"),
                           QStringLiteral("--tz"),
                           QStringLiteral("UTC"),
                           QStringLiteral("--from"),
                           QStringLiteral("2026-01-01T00:00:00Z"),
                           QStringLiteral("--count"),
                           QStringLiteral("2")}
            << QStringLiteral("2026-01-01T01:30:00+00:00\n2026-01-01T03:00:00+00:00\n");
    }

    void printsDstCorrectTimes() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Result r = run(args);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, expected);
    }

    void rejectsBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expectedError");
        QTest::newRow("impossible date")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("0 0 30 2 *")}
            << QStringLiteral("fleetcron schedule: never fires: day-of-month 30 never occurs in "
                              "February\n");
        QTest::newRow("out of range")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("0 0 32 * *")}
            << QStringLiteral("fleetcron schedule: day-of-month: 32 is out of range 1–31\n");
        QTest::newRow("unknown unit")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("every 2 weeks")}
            << QStringLiteral(
                   "fleetcron schedule: unknown unit 'weeks' (use seconds, minutes or hours)\n");
        QTest::newRow("unknown zone")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("@daily"),
                           QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")}
            << QStringLiteral("fleetcron schedule: unknown time zone 'Mars/Olympus' (use an "
                              "IANA name such as Europe/Berlin or UTC)\n");
        QTest::newRow("bad from")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("@daily"),
                           QStringLiteral("--from"), QStringLiteral("yesterday")}
            << QStringLiteral("fleetcron schedule: --from: 'yesterday' is not an ISO 8601 date "
                              "and time (e.g. 2026-03-29T01:00:00+01:00)\n");
        QTest::newRow("bad count")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("@daily"),
                           QStringLiteral("--count"), QStringLiteral("many")}
            << QStringLiteral(
                   "fleetcron schedule: --count: 'many' is not a whole number from 1 to 10000\n");
        QTest::newRow("missing spec")
            << QStringList{QStringLiteral("schedule")}
            << QStringLiteral("fleetcron schedule: missing SPEC; see fleetcron schedule --help\n");
    }

    void rejectsBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, expectedError);
        const Result r = run(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, expectedError);
    }

    void defaultsToFiveTimesFromNow() {
        const Result r = run({QStringLiteral("schedule"), QStringLiteral("@hourly"),
                              QStringLiteral("--tz"), QStringLiteral("UTC")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        const QDateTime first = QDateTime::fromString(lines.first(), Qt::ISODate);
        QVERIFY(first.isValid());
        QVERIFY(first > QDateTime::currentDateTimeUtc().addSecs(-5));
        QVERIFY(first <= QDateTime::currentDateTimeUtc().addSecs(3600));
    }

    void helpListsTheVerb() {
        const Result r = run({QStringLiteral("--help")});
        QVERIFY(r.out.contains(QStringLiteral("schedule")));
    }
};

QTEST_GUILESS_MAIN(TestScheduleCli)
#include "TestScheduleCli.moc"
