#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

class QIODevice;

namespace fleetcron {

// Writes RFC 4180 CSV (UTF-8, CRLF line ends) to any QIODevice, one field at a time.
//
// Streamed: fields are encoded into one reusable buffer that goes to the device whenever it
// passes a threshold, so memory stays constant however many rows are written, and a reader on
// the other side of a socket or pipe sees rows while the export is still running.
//
// Formula injection: a text field starting with '=', '+', '-', '@', tab or CR gets a leading
// single quote (OWASP's advice), so a spreadsheet shows it as text instead of evaluating it.
// Numbers written with addNumber() are left alone: a spreadsheet cannot execute "-1", and an
// exit code or duration should stay a number a user can sum. Text is always neutralised, even
// text that looks like a number, so the rule is simple to state and to undo.
//
// Text that is not valid UTF-8 (raw command output) is written with U+FFFD in place of the bad
// bytes, so the file stays valid UTF-8.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice *device, qsizetype flushThreshold = 64 * 1024);
    ~CsvWriter(); // flushes what is buffered
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void addField(QStringView text);
    void addUtf8Field(QByteArrayView utf8); // raw bytes, repaired if not valid UTF-8
    void addNumber(qint64 value);           // never neutralised, never quoted
    void addEmptyField();
    void endRow();

    void writeRow(const QStringList &fields);

    // Hands the buffer to the device. False (and errorString()) once the device refused data;
    // after that every call is a no-op, so a loop of rows can check once at the end.
    bool flush();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 bytesWritten() const { return m_bytesWritten; }

    // Whether a text field with this first character is prefixed with a single quote.
    static bool isFormulaTrigger(char16_t first);

private:
    void beginField();
    void appendEncoded(const char *data, qsizetype size, bool quote, qsizetype quotes);

    QIODevice *m_device;
    qsizetype m_flushThreshold;
    QByteArray m_buffer;  // encoded rows not yet handed to the device
    QByteArray m_scratch; // one field's UTF-8, reused so fields do not allocate
    int m_fieldsInRow = 0;
    qsizetype m_rowStart = 0; // where the current row begins in m_buffer
    qint64 m_bytesWritten = 0;
    QString m_error;
};

} // namespace fleetcron
