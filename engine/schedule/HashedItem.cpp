#include "HashedItem.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <optional>

namespace fleetcron {
namespace {

constexpr std::uint64_t fnvOffset = 14695981039346656037ull;
constexpr std::uint64_t fnvPrime = 1099511628211ull;

std::uint64_t fnv1a(const QByteArray &bytes, std::uint64_t h = fnvOffset) {
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= fnvPrime;
    }
    return h;
}

// splitmix64's finaliser: neighbouring seeds (names differing in one letter) give unrelated
// draws, where FNV alone would leave the low bits, which `% span` uses, too alike.
std::uint64_t mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

std::optional<int> readNumber(QStringView text) {
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toInt();
}

} // namespace

std::uint64_t HashedItem::seedOf(const QString &key) {
    return fnv1a(key.toUtf8());
}

std::uint64_t HashedItem::drawFor(std::uint64_t seed, QLatin1StringView fieldLabel) {
    return mix(fnv1a(QByteArray(fieldLabel.data(), fieldLabel.size()), seed));
}

bool HashedItem::read(QStringView item, int min, int max, int hashMax, std::uint64_t draw,
                      std::uint64_t &bits, QString &error) {
    const auto malformed = [item] {
        return QCoreApplication::translate(
                   "HashedItem", "'%1' is not a valid H form (use H, H/n, H(a-b) or H(a-b)/n)")
            .arg(item);
    };
    QStringView rest = item.mid(1);
    int low = min;
    int high = hashMax;
    if (rest.startsWith(u'(')) {
        const qsizetype close = rest.indexOf(u')');
        const qsizetype dash = rest.indexOf(u'-');
        if (close < 0 || dash < 0 || dash > close) {
            error = malformed();
            return false;
        }
        const auto first = readNumber(rest.mid(1, dash - 1));
        const auto last = readNumber(rest.mid(dash + 1, close - dash - 1));
        if (!first || !last) {
            error = malformed();
            return false;
        }
        if (*first < min || *last > max) {
            error = QCoreApplication::translate("HashedItem", "%1 is out of range %2–%3")
                        .arg(*first < min ? *first : *last)
                        .arg(min)
                        .arg(max);
            return false;
        }
        if (*first > *last) {
            error = QCoreApplication::translate("HashedItem",
                                                "range %1 is backwards (start must not exceed end)")
                        .arg(rest.mid(1, close - 1));
            return false;
        }
        low = *first;
        high = *last;
        rest = rest.mid(close + 1);
    }
    const auto span = static_cast<std::uint64_t>(high - low + 1);
    if (rest.isEmpty()) {
        bits |= std::uint64_t{1} << (low + static_cast<int>(draw % span));
        return true;
    }
    if (!rest.startsWith(u'/')) {
        error = malformed();
        return false;
    }
    const QStringView stepText = rest.mid(1);
    const auto step = readNumber(stepText);
    if (!step) {
        error =
            stepText.isEmpty()
                ? QCoreApplication::translate("HashedItem", "'%1' has no step after '/'").arg(item)
                : QCoreApplication::translate("HashedItem", "step '%1' is not a number")
                      .arg(stepText);
        return false;
    }
    if (*step < 1) {
        error = QCoreApplication::translate("HashedItem", "step must be at least 1");
        return false;
    }
    // The offset stays inside the range, so even a step wider than the range gives one value.
    const int offset = static_cast<int>(draw % std::min<std::uint64_t>(span, std::uint64_t(*step)));
    for (int v = low + offset; v <= high; v += *step) {
        bits |= std::uint64_t{1} << v;
        if (high - v < *step)
            break; // keeps a huge step from overflowing v
    }
    return true;
}

} // namespace fleetcron
