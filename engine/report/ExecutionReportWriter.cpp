#include "ExecutionReportWriter.h"

#include <cstdlib>

namespace fleetcron {
namespace {

// Howard Hinnant's days-to-civil: the calendar date of a day count since 1970-01-01, without
// building a QDate/QTime per cell (a million rows have three times each).
void civilFromDays(qint64 z, qint64 &year, unsigned &month, unsigned &day) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<qint64>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
}

char *putDigits(char *out, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

ExecutionReportWriter::ExecutionReportWriter(QIODevice *device, Output output)
    : m_csv(device)
    , m_output(output) {}

QStringList ExecutionReportWriter::header(Output output) {
    QStringList columns{
        QStringLiteral("run_id"),        QStringLiteral("execution_id"),
        QStringLiteral("task"),          QStringLiteral("server"),
        QStringLiteral("host"),          QStringLiteral("trigger"),
        QStringLiteral("scheduled_for"), QStringLiteral("started_at"),
        QStringLiteral("ended_at"),      QStringLiteral("duration_ms"),
        QStringLiteral("status"),        QStringLiteral("exit_code"),
        QStringLiteral("error"),
    };
    if (output == Output::Included)
        columns << QStringLiteral("stdout") << QStringLiteral("stderr");
    return columns;
}

void ExecutionReportWriter::writeHeaderOnce() {
    if (m_headerWritten)
        return;
    m_headerWritten = true;
    m_csv.writeRow(header(m_output));
}

void ExecutionReportWriter::addTime(const QDateTime &time) {
    if (!time.isValid()) {
        m_csv.addEmptyField();
        return;
    }
    const int offsetSeconds = time.offsetFromUtc();
    const qint64 localMs = time.toMSecsSinceEpoch() + qint64(offsetSeconds) * 1000;
    const qint64 days = floorDiv(localMs, 86400000);
    const auto msOfDay = static_cast<unsigned>(localMs - days * 86400000);
    qint64 year = 0;
    unsigned month = 0;
    unsigned day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999) {
        // Outside what four digits hold; Qt's own ISO form is good enough for such oddities.
        const QString text = time.toString(Qt::ISODateWithMs);
        m_csv.addField(QStringView(text));
        return;
    }
    // yyyy-MM-ddTHH:mm:ss.zzz+HH:MM
    char buffer[32];
    char *out = putDigits(buffer, static_cast<unsigned>(year), 4);
    *out++ = '-';
    out = putDigits(out, month, 2);
    *out++ = '-';
    out = putDigits(out, day, 2);
    *out++ = 'T';
    out = putDigits(out, msOfDay / 3600000, 2);
    *out++ = ':';
    out = putDigits(out, msOfDay / 60000 % 60, 2);
    *out++ = ':';
    out = putDigits(out, msOfDay / 1000 % 60, 2);
    *out++ = '.';
    out = putDigits(out, msOfDay % 1000, 3);
    *out++ = offsetSeconds < 0 ? '-' : '+';
    const auto offset = static_cast<unsigned>(std::abs(offsetSeconds));
    out = putDigits(out, offset / 3600, 2);
    *out++ = ':';
    out = putDigits(out, offset / 60 % 60, 2);
    m_csv.addUtf8Field(QByteArrayView(buffer, out - buffer));
}

void ExecutionReportWriter::writeRow(const ExecutionReportRow &row) {
    writeHeaderOnce();
    m_csv.addNumber(row.runId);
    m_csv.addNumber(row.executionId);
    m_csv.addField(QStringView(row.task));
    m_csv.addField(QStringView(row.server));
    m_csv.addField(QStringView(row.host));
    m_csv.addField(QStringView(row.trigger));
    addTime(row.scheduledFor);
    addTime(row.startedAt);
    addTime(row.endedAt);
    if (row.durationMs)
        m_csv.addNumber(*row.durationMs);
    else if (row.startedAt.isValid() && row.endedAt.isValid())
        m_csv.addNumber(row.endedAt.toMSecsSinceEpoch() - row.startedAt.toMSecsSinceEpoch());
    else
        m_csv.addEmptyField();
    m_csv.addField(QStringView(row.status));
    if (row.exitCode)
        m_csv.addNumber(*row.exitCode);
    else
        m_csv.addEmptyField();
    m_csv.addField(QStringView(row.error));
    if (m_output == Output::Included) {
        m_csv.addUtf8Field(row.stdoutData);
        m_csv.addUtf8Field(row.stderrData);
    }
    m_csv.endRow();
    ++m_rows;
}

bool ExecutionReportWriter::writeAll(const RowSource &next) {
    writeHeaderOnce();
    ExecutionReportRow row;
    while (!m_csv.hasError() && next(row))
        writeRow(row);
    return finish();
}

bool ExecutionReportWriter::finish() {
    writeHeaderOnce();
    return m_csv.flush();
}

} // namespace fleetcron
