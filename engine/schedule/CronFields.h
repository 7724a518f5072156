#pragma once

#include <cstdint>

namespace fleetcron {

// The parsed form of a cron expression: one bitset per field, so matching a value is one bit
// test and finding the next match is one shift and one count-trailing-zeros.
struct CronFields {
    std::uint64_t seconds = 1;     // bits 0–59; 5-field expressions fire at second 0 only
    std::uint64_t minutes = 0;     // bits 0–59
    std::uint32_t hours = 0;       // bits 0–23
    std::uint32_t daysOfMonth = 0; // bits 1–31
    std::uint16_t months = 0;      // bits 1–12
    std::uint8_t daysOfWeek = 0;   // bits 0–6, Sunday = 0
    // Vixie cron: when both day fields are restricted (neither starts with '*'), a day matches
    // when either matches; otherwise both must.
    bool dayMatchesEither = false;
    // The hour field starts with '*' ("*", "*/2"), as cronie's HR_STAR: such a job runs on
    // elapsed time across a DST change (both passes of a repeated hour, nothing for the wall
    // times a gap skips), while a job pinned to fixed hours fires once per wall time.
    bool hourIsWildcard = false;
    // Some field was written with H: the values were picked by hashing the task's key, so a
    // new key (a renamed task) picks again.
    bool usesHash = false;

    friend bool operator==(const CronFields &, const CronFields &) = default;
};

} // namespace fleetcron
