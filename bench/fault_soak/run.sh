#!/usr/bin/env bash
# Fault soak: the fault suite's programs (tests/fault) with the full figures of issue 15 instead
# of CI's short ones, and the figures they print collected into one summary for
# docs/RELIABILITY.md.
#
#   bench/fault_soak/run.sh [-b BUILD_DIR] [-k KILLS] [-o PG_OUTAGE_S] [-s SEED]
#
#   -k  SIGKILLs of the daemon per database in the kill loop (default 50; CI 8)
#   -o  seconds PostgreSQL stays stopped (default 30; CI 5)
#   -s  seed of the kill loop's random moments (default: a new one, printed)
#
# Real parts only: five sshd on 127.0.0.1, a PostgreSQL cluster in a temp dir, the tmpfs in a
# mount namespace of the test's own. Run as root (sshd, useradd, mount). Takes ~20 minutes at
# the defaults. Every figure line is also in $BUILD/fault_soak.log.
set -euo pipefail

BUILD=build
KILLS=50
OUTAGE=30
SEED=
while getopts "b:k:o:s:h" opt; do
    case $opt in
    b) BUILD=$OPTARG ;;
    k) KILLS=$OPTARG ;;
    o) OUTAGE=$OPTARG ;;
    s) SEED=$OPTARG ;;
    *)
        sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
    esac
done
cmake --build "$BUILD" -j2 --target fleetcron test_kill_loop test_storage_faults test_secret_files

export QT_QPA_PLATFORM=offscreen
export FLEETCRON_BINARY="$BUILD/app/fleetcron"
export FLEETCRON_FAULT_KILLS=$KILLS
export FLEETCRON_FAULT_PG_OUTAGE_S=$OUTAGE
# 50 kills take ~5 min per database on a loaded 2-core machine: past QtTest's 300 s default.
export QTEST_FUNCTION_TIMEOUT=${QTEST_FUNCTION_TIMEOUT:-3600000}
[ -n "$SEED" ] && export FLEETCRON_FAULT_SEED=$SEED
LOG="$BUILD/fault_soak.log"
: >"$LOG"
status=0
for t in "test_kill_loop killLoop:sqlite" "test_kill_loop killLoop:postgresql" \
    "test_storage_faults" "test_secret_files"; do
    set -- $t
    echo "== $t" | tee -a "$LOG"
    start=$(date +%s)
    if ! "$BUILD/tests/fault/$1" "${@:2}" -maxwarnings 0 >>"$LOG" 2>&1; then
        status=1
        echo "FAILED: $t (see $LOG)"
    fi
    echo "   $(($(date +%s) - start)) s" | tee -a "$LOG"
done
echo
echo "Figures:"
grep -E '^QINFO .*(kill-loop|storage)\[' "$LOG" | sed 's/^QINFO *: *[A-Za-z]*::[A-Za-z]*([^)]*) *//'
grep -E '^(PASS|FAIL!|Totals)' "$LOG"
exit $status
