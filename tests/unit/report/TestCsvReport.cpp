#include "report/CsvWriter.h"
#include "report/ExecutionReportWriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>

using namespace fleetcron;

namespace {

using Rows = QList<QStringList>;

// The distribution's interpreter when there is one: version-manager shims (pyenv) cost a second
// or more per start.
QString pythonProgram() {
    if (const QString chosen = qEnvironmentVariable("FLEETCRON_PYTHON"); !chosen.isEmpty())
        return chosen;
    if (QFileInfo(QStringLiteral("/usr/bin/python3")).isExecutable())
        return QStringLiteral("/usr/bin/python3");
    return QStringLiteral("python3");
}

// An independent reader: Python's csv module (strict, UTF-8 decoding that fails on bad bytes),
// so the tests do not check the writer against a parser written by the same hand.
Rows parseWithPython(const QByteArray &csv, QString *error) {
    QTemporaryFile file;
    if (!file.open()) {
        *error = QStringLiteral("cannot create a temporary file");
        return {};
    }
    file.write(csv);
    file.close();
    QProcess python;
    python.start(
        pythonProgram(),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import csv, sys, json\n"
             "with open(sys.argv[1], newline='', encoding='utf-8', errors='strict') as f:\n"
             "    rows = list(csv.reader(f, strict=True))\n"
             "json.dump(rows, sys.stdout, ensure_ascii=True)\n"),
         file.fileName()});
    if (!python.waitForFinished(30000) || python.exitStatus() != QProcess::NormalExit ||
        python.exitCode() != 0) {
        *error = QStringLiteral("python3 could not parse the CSV: %1 %2")
                     .arg(python.errorString(), QString::fromUtf8(python.readAllStandardError()));
        return {};
    }
    Rows rows;
    const QJsonArray array = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue &row : array) {
        QStringList fields;
        for (const QJsonValue &field : row.toArray())
            fields << field.toString();
        rows << fields;
    }
    return rows;
}

void compareRows(const Rows &actual, const Rows &expected) {
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype r = 0; r < expected.size(); ++r) {
        QCOMPARE(actual[r].size(), expected[r].size());
        for (qsizetype f = 0; f < expected[r].size(); ++f) {
            if (actual[r][f] != expected[r][f]) {
                QFAIL(qPrintable(QStringLiteral("row %1 field %2: got \"%3\", expected \"%4\"")
                                     .arg(r)
                                     .arg(f)
                                     .arg(actual[r][f], expected[r][f])));
            }
        }
    }
}

// A device that refuses to take data, like a full disk or a closed socket.
class RefusingDevice : public QIODevice {
public:
    RefusingDevice() {
        open(QIODevice::WriteOnly);
        setErrorString(QStringLiteral("No space left on device"));
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};

QDateTime at(const char *iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

} // namespace

class TestCsvReport : public QObject {
    Q_OBJECT
private slots:
    void exactBytes() {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&out);
            csv.writeRow({QStringLiteral("a"), QStringLiteral("b,c"), QString()});
            csv.writeRow(
                {QStringLiteral("say \"hi\""), QStringLiteral("x\ny"), QStringLiteral("=1+2")});
            csv.addNumber(-1);
            csv.addNumber(0);
            csv.addField(QStringLiteral("\rfoo"));
            csv.addEmptyField();
            csv.endRow();
            csv.writeRow({QString()}); // one empty field: not an empty line
            csv.writeRow({QString(), QString()});
        }
        QCOMPARE(out.data(), QByteArray("a,\"b,c\",\r\n"
                                        "\"say \"\"hi\"\"\",\"x\ny\",'=1+2\r\n"
                                        "-1,0,\"'\rfoo\",\r\n"
                                        "\"\"\r\n"
                                        ",\r\n"));
    }

    void specialCharactersSurviveAnIndependentReader() {
        const Rows rows{
            {QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("\"")},
            {QStringLiteral("say \"hi\""), QStringLiteral("line1\nline2"),
             QStringLiteral("cr\ronly")},
            {QStringLiteral("crlf\r\ninside"), QString(), QStringLiteral(" padded ")},
            {QStringLiteral("ü, Grüße"), QStringLiteral("日本語"),
             QStringLiteral("🚀 emoji 👍🏽")},
            {QString(), QString(), QString()},
            {QStringLiteral(","), QStringLiteral("\"\""), QStringLiteral("'quoted already")},
            {QStringLiteral("a=1"), QStringLiteral("x-y"), QStringLiteral("mail@example.org")},
        };
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&out);
            for (const QStringList &row : rows)
                csv.writeRow(row);
        }
        QString error;
        const Rows parsed = parseWithPython(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        compareRows(parsed, rows);
        QVERIFY(out.data().endsWith("\r\n"));
    }

    void formulaCellsAreNeutralised() {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&out);
            for (const QString &text :
                 {QStringLiteral("=1+2"), QStringLiteral("+x"), QStringLiteral("-x"),
                  QStringLiteral("@SUM(A1)"), QStringLiteral("\tfoo"), QStringLiteral("\rfoo"),
                  QStringLiteral("=HYPERLINK(\"http://x.invalid\",\"y\")"), QStringLiteral("-1")}) {
                csv.addField(text);
            }
            csv.addUtf8Field("=cmd|' /C calc'!A0");
            csv.addUtf8Field("-\n2");
            csv.addNumber(-1); // typed numbers stay numbers
            csv.addNumber(-9223372036854775807LL);
            csv.endRow();
        }
        QString error;
        const Rows parsed = parseWithPython(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        compareRows(
            parsed,
            {{QStringLiteral("'=1+2"), QStringLiteral("'+x"), QStringLiteral("'-x"),
              QStringLiteral("'@SUM(A1)"), QStringLiteral("'\tfoo"), QStringLiteral("'\rfoo"),
              QStringLiteral("'=HYPERLINK(\"http://x.invalid\",\"y\")"), QStringLiteral("'-1"),
              QStringLiteral("'=cmd|' /C calc'!A0"), QStringLiteral("'-\n2"), QStringLiteral("-1"),
              QStringLiteral("-9223372036854775807")}});
    }

    void randomFieldsSurviveAnIndependentReader() {
        // Long fields with the special characters at every offset exercise the eight-bytes-at-a-
        // time scan, including multi-byte characters that straddle its words.
        const QStringList alphabet{QStringLiteral("a"),  QStringLiteral("bc"), QStringLiteral(","),
                                   QStringLiteral("\""), QStringLiteral("\r"), QStringLiteral("\n"),
                                   QStringLiteral("ü"),  QStringLiteral("日"), QStringLiteral("🚀"),
                                   QStringLiteral("="),  QStringLiteral(" "),  QStringLiteral("-")};
        QRandomGenerator random(20261125);
        Rows expected;
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&out, 4096);
            for (int r = 0; r < 300; ++r) {
                QStringList row;
                for (int f = 0; f < 4; ++f) {
                    QString text;
                    const int pieces = int(random.bounded(40));
                    for (int k = 0; k < pieces; ++k)
                        text += alphabet[random.bounded(int(alphabet.size()))];
                    if (f % 2 == 0)
                        csv.addField(text);
                    else
                        csv.addUtf8Field(text.toUtf8());
                    const bool trigger =
                        !text.isEmpty() && CsvWriter::isFormulaTrigger(text[0].unicode());
                    row << (trigger ? QLatin1Char('\'') + text : text);
                }
                csv.endRow();
                expected << row;
            }
        }
        QString error;
        const Rows parsed = parseWithPython(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        compareRows(parsed, expected);
    }

    void invalidUtf8IsRepaired() {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        {
            CsvWriter csv(&out);
            csv.addUtf8Field(QByteArrayView("\xff\xfe ok \xc3\xbc", 8)); // bad, bad, " ok ", ü
            csv.addUtf8Field("\xed\xa0\x80");                            // an encoded surrogate
            csv.addUtf8Field("\xc0\xaf");                                // an overlong "/"
            csv.addUtf8Field("trunc\xe6\x97");                           // cut mid-character
            csv.addField(QStringView(u"lone \xD800 surrogate"));
            csv.endRow();
        }
        QString error;
        const Rows parsed = parseWithPython(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error)); // Python decodes strictly
        QCOMPARE(parsed.size(), 1);
        QCOMPARE(parsed[0].size(), 5);
        QCOMPARE(parsed[0][0], QStringLiteral("\uFFFD\uFFFD ok ü"));
        QVERIFY(parsed[0][1].contains(QChar(0xFFFD)));
        QVERIFY(parsed[0][2].contains(QChar(0xFFFD)));
        QVERIFY(parsed[0][3].startsWith(QStringLiteral("trunc")));
        QVERIFY(parsed[0][3].contains(QChar(0xFFFD)));
        QCOMPARE(parsed[0][4], QStringLiteral("lone \uFFFD surrogate"));
    }

    void streamsWhileWriting() {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvWriter csv(&out, 1024);
        for (int i = 0; i < 100; ++i)
            csv.writeRow({QStringLiteral("row %1").arg(i), QString(200, QLatin1Char('x'))});
        // Most rows reached the device before any explicit flush.
        QVERIFY(out.data().size() > 100 * 200 - 2048);
        QVERIFY(csv.flush());
        QCOMPARE(csv.bytesWritten(), out.data().size());
    }

    void deviceErrorsAreReported() {
        RefusingDevice device;
        CsvWriter csv(&device, 1);
        csv.writeRow({QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(csv.hasError());
        QVERIFY2(csv.errorString().contains(QStringLiteral("No space left")),
                 qPrintable(csv.errorString()));
        csv.writeRow({QStringLiteral("c")}); // harmless after an error
        QVERIFY(!csv.flush());
    }

    void reportHeaderIsExact() {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExecutionReportWriter report(&out);
        QVERIFY(report.finish());
        QCOMPARE(out.data(), QByteArray("run_id,execution_id,task,server,host,trigger,"
                                        "scheduled_for,started_at,ended_at,duration_ms,status,"
                                        "exit_code,error,stdout,stderr\r\n"));
        QBuffer noOutput;
        noOutput.open(QIODevice::WriteOnly);
        ExecutionReportWriter reportWithoutOutput(&noOutput,
                                                  ExecutionReportWriter::Output::Omitted);
        QVERIFY(reportWithoutOutput.finish());
        QCOMPARE(noOutput.data(), QByteArray("run_id,execution_id,task,server,host,trigger,"
                                             "scheduled_for,started_at,ended_at,duration_ms,"
                                             "status,exit_code,error\r\n"));
    }

    void reportRowsSurviveAnIndependentReader() {
        ExecutionReportRow full;
        full.runId = 41;
        full.executionId = 1234567890123LL;
        full.task = QStringLiteral("backup, nightly \"db\"");
        full.server = QStringLiteral("web-ü-1");
        full.host = QStringLiteral("127.0.0.1");
        full.trigger = QStringLiteral("schedule");
        full.scheduledFor = at("2026-11-25T17:32:00.000Z");
        full.startedAt = at("2026-11-25T17:32:05.123Z");
        full.endedAt = at("2026-11-25T17:32:07.200Z");
        full.status = QStringLiteral("failed");
        full.exitCode = -1;
        full.error = QStringLiteral("=cmd|' /C calc'!A0");
        full.stdoutData = QByteArray("line 1, with comma\r\nline \"2\"\n日本 🚀\n");
        full.stderrData = QByteArray("-oops\n");

        ExecutionReportRow sparse; // an execution that never started
        sparse.runId = 42;
        sparse.executionId = 2;
        sparse.task = QStringLiteral("@task");
        sparse.server = QStringLiteral("db");
        sparse.host = QStringLiteral("db.example.invalid");
        sparse.trigger = QStringLiteral("manual");
        sparse.status = QStringLiteral("unreachable");
        sparse.error = QStringLiteral("connection refused");

        ExecutionReportRow offsets; // times keep their own offset
        offsets.runId = 43;
        offsets.executionId = 3;
        offsets.task = QStringLiteral("t");
        offsets.server = QStringLiteral("s");
        offsets.host = QStringLiteral("h");
        offsets.trigger = QStringLiteral("api");
        offsets.scheduledFor =
            QDateTime(QDate(1999, 12, 31), QTime(23, 59, 59, 999), QTimeZone(5 * 3600 + 1800));
        offsets.startedAt = QDateTime(QDate(2000, 2, 29), QTime(0, 0), QTimeZone(-3 * 3600));
        offsets.endedAt = QDateTime(QDate(2000, 2, 29), QTime(0, 0, 1, 5), QTimeZone(-3 * 3600));
        offsets.durationMs = 999; // given, not recomputed
        offsets.status = QStringLiteral("succeeded");
        offsets.exitCode = 0;

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExecutionReportWriter report(&out);
        report.writeRow(full);
        report.writeRow(sparse);
        report.writeRow(offsets);
        QVERIFY(report.finish());
        QCOMPARE(report.rowsWritten(), 3);

        QString error;
        const Rows parsed = parseWithPython(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        compareRows(
            parsed,
            {ExecutionReportWriter::header(ExecutionReportWriter::Output::Included),
             {QStringLiteral("41"), QStringLiteral("1234567890123"),
              QStringLiteral("backup, nightly \"db\""), QStringLiteral("web-ü-1"),
              QStringLiteral("127.0.0.1"), QStringLiteral("schedule"),
              QStringLiteral("2026-11-25T17:32:00.000+00:00"),
              QStringLiteral("2026-11-25T17:32:05.123+00:00"),
              QStringLiteral("2026-11-25T17:32:07.200+00:00"), QStringLiteral("2077"),
              QStringLiteral("failed"), QStringLiteral("-1"), QStringLiteral("'=cmd|' /C calc'!A0"),
              QStringLiteral("line 1, with comma\r\nline \"2\"\n日本 🚀\n"),
              QStringLiteral("'-oops\n")},
             {QStringLiteral("42"), QStringLiteral("2"), QStringLiteral("'@task"),
              QStringLiteral("db"), QStringLiteral("db.example.invalid"), QStringLiteral("manual"),
              QString(), QString(), QString(), QString(), QStringLiteral("unreachable"), QString(),
              QStringLiteral("connection refused"), QString(), QString()},
             {QStringLiteral("43"), QStringLiteral("3"), QStringLiteral("t"), QStringLiteral("s"),
              QStringLiteral("h"), QStringLiteral("api"),
              QStringLiteral("1999-12-31T23:59:59.999+05:30"),
              QStringLiteral("2000-02-29T00:00:00.000-03:00"),
              QStringLiteral("2000-02-29T00:00:01.005-03:00"), QStringLiteral("999"),
              QStringLiteral("succeeded"), QStringLiteral("0"), QString(), QString(), QString()}});
    }

    void timesMatchQtsOwnIsoForm() {
        // Cross-check the hand-written date arithmetic against Qt over a spread of instants.
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExecutionReportWriter report(&out, ExecutionReportWriter::Output::Omitted);
        QStringList expected;
        qint64 ms = -86400000LL * 365 * 60; // 1910
        for (int i = 0; i < 500; ++i, ms += 86400000LL * 97 + 3600000LL * 7 + 61007) {
            ExecutionReportRow row;
            const int offset = (i % 29 - 14) * 1800;
            row.startedAt = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(offset));
            report.writeRow(row);
            QString iso = row.startedAt.toString(Qt::ISODateWithMs);
            if (iso.endsWith(QLatin1Char('Z')))
                iso.chop(1), iso += QStringLiteral("+00:00");
            expected << iso;
        }
        QVERIFY(report.finish());
        QString error;
        const Rows parsed = parseWithPython(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), expected.size() + 1);
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(parsed[i + 1][7], expected[i]);
    }

    void noOutputDropsTheOutputColumns() {
        ExecutionReportRow row;
        row.runId = 1;
        row.executionId = 1;
        row.status = QStringLiteral("succeeded");
        row.exitCode = 0;
        row.stdoutData = "secret-ish output";
        row.stderrData = "more";
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExecutionReportWriter report(&out, ExecutionReportWriter::Output::Omitted);
        report.writeRow(row);
        QVERIFY(report.finish());
        QVERIFY(!out.data().contains("secret-ish"));
        QString error;
        const Rows parsed = parseWithPython(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed[0].size(), 13);
        QCOMPARE(parsed[1].size(), 13);
        QCOMPARE(parsed[0].last(), QStringLiteral("error"));
    }

    void pullsRowsFromASource() {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ExecutionReportWriter report(&out);
        int produced = 0;
        QVERIFY(report.writeAll([&](ExecutionReportRow &row) {
            if (produced == 1000)
                return false;
            ++produced;
            row.runId = produced;
            row.executionId = produced * 10;
            row.task = QStringLiteral("task %1").arg(produced % 7);
            row.stdoutData = QByteArray::number(produced) + ",\n";
            return true;
        }));
        QCOMPARE(report.rowsWritten(), 1000);
        QString error;
        const Rows parsed = parseWithPython(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), 1001);
        QCOMPARE(parsed[1000][0], QStringLiteral("1000"));
        QCOMPARE(parsed[1000][13], QStringLiteral("1000,\n"));
        QCOMPARE(parsed[500][2], QStringLiteral("task %1").arg(500 % 7));
    }

    void stopsPullingAfterADeviceError() {
        RefusingDevice device;
        ExecutionReportWriter report(&device);
        int pulls = 0;
        const bool ok = report.writeAll([&](ExecutionReportRow &row) {
            ++pulls;
            row.stdoutData = QByteArray(100 * 1024, 'x'); // over the flush threshold at once
            return pulls < 1000000;
        });
        QVERIFY(!ok);
        QVERIFY(report.hasError());
        QVERIFY(pulls < 5);
    }
};

QTEST_GUILESS_MAIN(TestCsvReport)
#include "TestCsvReport.moc"
