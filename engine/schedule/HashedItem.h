#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>

namespace fleetcron {

// Jenkins' `H` in a cron field: a value picked by hashing a key (the task's name), so tasks
// written alike spread over the field instead of all firing at once, while one task keeps its
// value across restarts, engines and edits of its other fields.
//   H          one value of the field (day-of-month: 1–28, so every month has it; weekday 0–6)
//   H/n        every n-th value from an offset in [0, n)
//   H(a-b)     one value in a–b;  H(a-b)/n  every n-th value of a–b from an offset
class HashedItem {
public:
    // A hash of `key` that is the same on every machine and in every run (FNV-1a over UTF-8;
    // qHash is seeded per process and would move the task at each restart).
    static std::uint64_t seedOf(const QString &key);
    // The draw of one field from the seed: fields of one task are independent of each other.
    static std::uint64_t drawFor(std::uint64_t seed, QLatin1StringView fieldLabel);

    // Reads `item` (starting with H or h) for a field of values min–max, whose plain `H` covers
    // min–hashMax. Sets the bits of the values it stands for, or `error` (without the label).
    static bool read(QStringView item, int min, int max, int hashMax, std::uint64_t draw,
                     std::uint64_t &bits, QString &error);

    static bool startsItem(QStringView item) {
        return !item.isEmpty() && (item.front() == u'H' || item.front() == u'h');
    }
};

} // namespace fleetcron
