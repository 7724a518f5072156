#!/usr/bin/env bash
# Retention pruning a million executions while fires run (issue 16, item 2). Each round:
#   1. `prune_bench fill`: a fresh database with EXECUTIONS ended runs (one execution each, with
#      output, index rows, some waiting for the index, some live chunks) 30–60 days old, and
#      retention.days = 7;
#   2. bench/scheduler_bench/run.sh on it: the real daemon, TASKS `true` tasks @every 10s
#      (TASKS/10 fires a second) on SERVERS loopback sshd; the daemon's pruner starts its first
#      pass 60 s after the daemon, and `prune_bench watch` (the LOAD_HOOK) ends the load window
#      when the last old run is gone;
#   3. `scheduler_bench report` over two windows of that one run: the claims due before the
#      prune began ("no prune") and those due while it ran ("prune").
# Then the medians over the rounds. Target: claim lateness p99 while pruning = without.
#
#   bench/prune_bench/run.sh [BUILD_DIR]      (as root, like scheduler_bench/run.sh)
#   env: ROUNDS=3 BACKEND=sqlite|postgresql EXECUTIONS=1000000 TASKS=1000 MAX_S=900
#        and scheduler_bench/run.sh's (SERVERS, SPLIT_CPUS, DB_DIR, ...)
set -euo pipefail

ROUNDS=${ROUNDS:-3}
BACKEND=${BACKEND:-sqlite}
EXECUTIONS=${EXECUTIONS:-1000000}
TASKS=${TASKS:-1000}
MAX_S=${MAX_S:-900}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
PRUNE=$build/bench/prune_bench/prune_bench
SCHED=$build/bench/scheduler_bench/scheduler_bench
for exe in "$PRUNE" "$SCHED" "$build/app/fleetcron"; do
    [[ -x $exe ]] || {
        echo "run.sh: $exe is missing; cmake --build $build --target fleetcron scheduler_bench prune_bench" >&2
        exit 2
    }
done

work=$(mktemp -d "${DB_DIR:-${TMPDIR:-/tmp}}/prunebench.XXXXXX")
chmod 755 "$work"
pg_pid=
cleanup() {
    set +e
    if [[ -n $pg_pid ]]; then
        kill -TERM "$pg_pid" 2>/dev/null
        wait "$pg_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

get() { sed -n "s/^$1=//p" "$2" | head -n 1; }
# "p50 p99 max" of the claim_late_ms line of a report.
late() { sed -n 's/^claim_late_ms .* p50=\([-0-9]*\) .* p99=\([-0-9]*\) .* max=\([-0-9]*\).*/\1 \2 \3/p' "$1"; }

if [[ $BACKEND == postgresql ]]; then
    "$PRUNE" pg-serve --databases "$ROUNDS" --url-file "$work/urls" >"$work/pg.out" 2>&1 &
    pg_pid=$!
    while [[ ! -s $work/urls ]]; do
        kill -0 "$pg_pid" 2>/dev/null || { cat "$work/pg.out" >&2; exit 1; }
        sleep 0.1
    done
fi

echo "backend=$BACKEND executions=$EXECUTIONS tasks=$TASKS rounds=$ROUNDS cores=$(nproc)"
for ((r = 1; r <= ROUNDS; r++)); do
    if [[ $BACKEND == postgresql ]]; then
        db=$(sed -n "${r}p" "$work/urls")
    else
        db=$work/round$r.sqlite
    fi
    "$PRUNE" fill --db "$db" --executions "$EXECUTIONS" | tee "$work/fill$r.out"
    LOAD_DB=$db IDLE=0 TASKS=$TASKS DURATION=$MAX_S \
        LOAD_HOOK="exec '$PRUNE' watch --db \"\$FLEETCRON_DB\" --timeout-s $((MAX_S - 10)) >'$work/watch$r.out'" \
        "$here/../scheduler_bench/run.sh" "$build" >"$work/sched$r.out" 2>&1 || {
        tail -n 30 "$work/sched$r.out" >&2
        exit 1
    }
    first=$(get first_fire_ms "$work/sched$r.out")
    start=$(get prune_start_ms "$work/watch$r.out")
    ((${start:-0} > first)) || {
        echo "round $r: the prune did not start within the window" >&2
        exit 1
    }
    end=$(get prune_end_ms "$work/watch$r.out")
    # The watcher gives up 10 s before the window ends, so it can still report (and count
    # orphans); a prune it did not see end is measured up to that point.
    ((end > 0)) || end=$((first + (MAX_S - 10) * 1000))
    "$SCHED" report --db "$db" --since "$first" --until "$start" >"$work/before$r.out"
    "$SCHED" report --db "$db" --since "$start" --until "$end" >"$work/during$r.out"
    read -r b50 b99 bmax < <(late "$work/before$r.out")
    read -r d50 d99 dmax < <(late "$work/during$r.out")
    echo "round $r: no prune p50/p99/max $b50/$b99/$bmax ms ($(get runs "$work/before$r.out") fires)," \
        "prune p50/p99/max $d50/$d99/$dmax ms ($(get runs "$work/during$r.out") fires);" \
        "prune $(get prune_s "$work/watch$r.out") s, $(get prune_rows_per_s "$work/watch$r.out") rows/s;" \
        "missed/double $(get missed_fires "$work/during$r.out")/$(get double_fires "$work/during$r.out");" \
        "orphans: $(grep '^orphan_' "$work/watch$r.out" | tr '\n' ' ')"
    echo "$b50 $b99 $bmax $d50 $d99 $dmax $(get prune_s "$work/watch$r.out") $(get prune_rows_per_s "$work/watch$r.out")" >>"$work/rounds"
    grep -E '^(load_cpu_pct|load_load1_p50|load average at end)' "$work/sched$r.out" | tr '\n' ' '
    echo
    [[ $BACKEND == postgresql ]] || rm -f "$db" "$db"-wal "$db"-shm
done

# Median of each column over the rounds.
echo "== medians over $ROUNDS rounds"
awk '{ for (i = 1; i <= NF; i++) v[i, NR] = $i }
     END {
        split("no_prune_p50 no_prune_p99 no_prune_max prune_p50 prune_p99 prune_max prune_s prune_rows_per_s", name, " ")
        for (i = 1; i <= 8; i++) {
            n = 0
            for (r = 1; r <= NR; r++) a[++n] = v[i, r]
            for (x = 2; x <= n; x++) { t = a[x]; for (y = x - 1; y >= 1 && a[y] > t; y--) a[y + 1] = a[y]; a[y + 1] = t }
            printf "%s=%s\n", name[i], a[int((n + 1) / 2)]
        }
     }' "$work/rounds"
