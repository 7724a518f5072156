#include "CsvWriter.h"

#include <QIODevice>
#include <QStringList>

#include <array>
#include <charconv>
#include <cstring>

namespace fleetcron {
namespace {

// Bytes that force a field into quotes (RFC 4180: comma, quote, CR, LF).
constexpr std::array<bool, 256> kNeedsQuotes = [] {
    std::array<bool, 256> table{};
    table[static_cast<unsigned char>(',')] = true;
    table[static_cast<unsigned char>('"')] = true;
    table[static_cast<unsigned char>('\r')] = true;
    table[static_cast<unsigned char>('\n')] = true;
    return table;
}();

constexpr quint64 kOnes = 0x0101010101010101ULL;
constexpr quint64 kHighBits = 0x8080808080808080ULL;

// True when some byte of word equals byte (the classic "has zero byte" trick on word ^ byte).
constexpr bool hasByte(quint64 word, unsigned char byte) {
    const quint64 x = word ^ (kOnes * byte);
    return ((x - kOnes) & ~x & kHighBits) != 0;
}

// Length of the valid UTF-8 sequence starting with a non-ASCII byte at p[0], or 0 when it is
// not valid (overlong forms, surrogates, above U+10FFFF or cut short).
qsizetype utf8SequenceLength(const unsigned char *p, qsizetype available) {
    const unsigned char c = p[0];
    qsizetype extra;
    char32_t min;
    char32_t cp;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        min = 0x80;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        min = 0x800;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        min = 0x10000;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (extra >= available)
        return 0;
    for (qsizetype k = 1; k <= extra; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return extra + 1;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, qsizetype flushThreshold)
    : m_device(device)
    , m_flushThreshold(flushThreshold) {
    m_buffer.reserve(flushThreshold + 4096);
}

CsvWriter::~CsvWriter() {
    flush();
}

bool CsvWriter::isFormulaTrigger(char16_t first) {
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

void CsvWriter::beginField() {
    if (m_fieldsInRow > 0)
        m_buffer.append(',');
    ++m_fieldsInRow;
}

// The caller has scanned the field once (quote: it holds a comma, quote, CR or LF; quotes: how
// many '"'), so the result's size is known and the bytes go straight into the output buffer.
void CsvWriter::appendEncoded(const char *data, qsizetype size, bool quote, qsizetype quotes) {
    beginField();
    const bool neutralise = size > 0 && isFormulaTrigger(static_cast<unsigned char>(data[0]));
    const qsizetype outSize = size + quotes + (quote ? 2 : 0) + (neutralise ? 1 : 0);
    const qsizetype at = m_buffer.size();
    m_buffer.resize(at + outSize);
    char *out = m_buffer.data() + at;
    if (quote)
        *out++ = '"';
    if (neutralise)
        *out++ = '\'';
    if (quotes == 0) {
        if (size > 0) {
            std::memcpy(out, data, static_cast<size_t>(size));
            out += size;
        }
    } else {
        // Copy the runs between quotes whole, doubling each quote.
        const char *from = data;
        const char *const end = data + size;
        while (from < end) {
            const auto *q = static_cast<const char *>(std::memchr(from, '"', size_t(end - from)));
            const char *runEnd = q ? q + 1 : end;
            std::memcpy(out, from, size_t(runEnd - from));
            out += runEnd - from;
            if (q)
                *out++ = '"';
            from = runEnd;
        }
    }
    if (quote)
        *out++ = '"';
}

void CsvWriter::addField(QStringView text) {
    // UTF-16 to UTF-8 by hand into the reused scratch buffer: QString::toUtf8() would allocate
    // a QByteArray per field. Unpaired surrogates become U+FFFD like QString::toUtf8() does.
    m_scratch.resize(text.size() * 3);
    char *out = m_scratch.data();
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    bool quote = false;
    qsizetype quotes = 0;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = p[i];
        if (cp < 0x80) {
            if (kNeedsQuotes[cp]) {
                quote = true;
                quotes += cp == u'"';
            }
            *out++ = static_cast<char>(cp);
            continue;
        }
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (p[i + 1] - 0xDC00);
            ++i;
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        if (cp < 0x800) {
            *out++ = static_cast<char>(0xC0 | (cp >> 6));
            *out++ = static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *out++ = static_cast<char>(0xE0 | (cp >> 12));
            *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            *out++ = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            *out++ = static_cast<char>(0xF0 | (cp >> 18));
            *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            *out++ = static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    appendEncoded(m_scratch.constData(), out - m_scratch.constData(), quote, quotes);
}

// Command output is most of a report's bytes, so this is the hot loop: one pass validates the
// UTF-8 and finds what needs quoting, eight bytes at a time while they are plain ASCII.
void CsvWriter::addUtf8Field(QByteArrayView utf8) {
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    bool quote = false;
    qsizetype quotes = 0;
    qsizetype i = 0;
    while (i < n) {
        qsizetype chunkEnd = n;
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, sizeof word);
            // Once the field is known to need quotes, only quotes and non-ASCII still matter.
            const bool plain =
                (word & kHighBits) == 0 && !hasByte(word, '"') &&
                (quote || (!hasByte(word, ',') && !hasByte(word, '\r') && !hasByte(word, '\n')));
            if (plain) {
                i += 8;
                continue;
            }
            chunkEnd = i + 8;
        }
        while (i < chunkEnd) {
            const unsigned char c = p[i];
            if (c < 0x80) {
                if (kNeedsQuotes[c]) {
                    quote = true;
                    quotes += c == '"';
                }
                ++i;
                continue;
            }
            const qsizetype length = utf8SequenceLength(p + i, n - i);
            if (length == 0) {
                // Rare (binary or Latin-1 output): Qt's decoder places the replacement characters.
                const QString repaired = QString::fromUtf8(utf8);
                addField(QStringView(repaired));
                return;
            }
            i += length;
        }
    }
    appendEncoded(utf8.data(), n, quote, quotes);
}

void CsvWriter::addNumber(qint64 value) {
    beginField();
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, end - digits);
}

void CsvWriter::addEmptyField() {
    beginField();
}

void CsvWriter::endRow() {
    // A row holding one empty field would be an empty line, which readers skip; quote it.
    if (m_fieldsInRow == 1 && m_buffer.size() == m_rowStart)
        m_buffer.append("\"\"", 2);
    m_buffer.append("\r\n", 2);
    m_fieldsInRow = 0;
    if (m_buffer.size() >= m_flushThreshold)
        flush();
    m_rowStart = m_buffer.size();
}

void CsvWriter::writeRow(const QStringList &fields) {
    for (const QString &field : fields)
        addField(QStringView(field));
    endRow();
}

bool CsvWriter::flush() {
    if (hasError()) {
        m_buffer.resize(0);
        m_rowStart = 0;
        return false;
    }
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_device->write(m_buffer.constData(), m_buffer.size());
    if (written != m_buffer.size()) {
        m_error =
            m_device->errorString().isEmpty()
                ? QStringLiteral("the output refused the CSV data")
                : QStringLiteral("cannot write the CSV output: %1").arg(m_device->errorString());
        m_buffer.resize(0);
        m_rowStart = 0;
        return false;
    }
    m_bytesWritten += written;
    // resize(0), not clear(): the capacity is kept for the next rows.
    m_buffer.resize(0);
    m_rowStart = 0;
    return true;
}

} // namespace fleetcron
