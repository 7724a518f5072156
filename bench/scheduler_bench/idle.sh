#!/usr/bin/env bash
# The daemon idle with many tasks (issue 16, item 1): TASKS `@every 1h` tasks whose first fires
# are spread over the hour after the next one (nothing due), created straight in the store by
# `scheduler_bench setup --hourly`; then the real `fleetcron --daemon --no-api` is started on
# that database and, after WARMUP seconds, left alone for IDLE seconds while its CPU
# (utime+stime of all threads, /proc/PID/stat) and RSS (VmRSS each second, VmHWM at the end) are
# sampled. Also: each thread's CPU over the window (/proc/PID/task/*/stat), to say where any of
# it goes, and how long the daemon took to come up.
# Targets: < 1 % CPU with 100,000 tasks; < 200 MB RSS with 10,000.
#
#   bench/scheduler_bench/idle.sh [BUILD_DIR]      (default: build)
#   env: TASKS=100000 IDLE=60 WARMUP=10 DB_DIR=<dir for the SQLite file> (default: a temp dir)
#
# No sshd and no root: the servers are 127.0.0.1:1 and nothing connects to them, nothing being
# due for an hour. The daemon this script starts is stopped by PID on exit.
set -euo pipefail

TASKS=${TASKS:-100000}
IDLE=${IDLE:-60}
WARMUP=${WARMUP:-10}
for v in TASKS IDLE WARMUP; do
    [[ ${!v} =~ ^[0-9]+$ && ${!v} -ge 1 ]] || { echo "idle.sh: $v takes a positive number" >&2; exit 2; }
done
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
case ${1:-} in -h | --help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
build=$(cd "${1:-$root/build}" && pwd)
FLEETCRON=$build/app/fleetcron
BENCH=$build/bench/scheduler_bench/scheduler_bench
for exe in "$FLEETCRON" "$BENCH"; do
    [[ -x $exe ]] || { echo "idle.sh: $exe is missing; build it" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/schedidle.XXXXXX")
dbdir=$work
[[ -z ${DB_DIR:-} ]] || dbdir=$(mktemp -d "$DB_DIR/schedidle-db.XXXXXX")
daemon_pid=
cleanup() {
    set +e
    if [[ -n $daemon_pid ]]; then
        kill -TERM "$daemon_pid" 2>/dev/null
        for ((i = 0; i < 300; i++)); do kill -0 "$daemon_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$daemon_pid" 2>/dev/null
        wait "$daemon_pid" 2>/dev/null
    fi
    if [[ -n ${KEEP:-} ]]; then echo "idle.sh: kept $work"; else rm -rf "$work"; [[ $dbdir == "$work" ]] || rm -rf "$dbdir"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }
hz=$(getconf CLK_TCK)
ticks() { sed 's/.*) //' "$1" | awk '{ print $12 + $13 }'; } # utime+stime of a stat file
status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
# Each thread: "tid name ticks".
thread_ticks() {
    local t
    for t in /proc/"$1"/task/*; do
        [[ -r $t/stat ]] || continue
        echo "${t##*/} $(tr ' ' '_' <"$t/comm") $(ticks "$t/stat" 2>/dev/null || echo 0)"
    done
}

t0=$(now_ms)
"$BENCH" setup --db "$dbdir/idle.sqlite" --servers 127.0.0.1:1 --user nobody \
    --key /nonexistent --tasks "$TASKS" --hourly >"$work/setup.out"
echo "setup: $TASKS hourly tasks in $(( ($(now_ms) - t0) / 1000 )) s; db $(du -h "$dbdir/idle.sqlite" | cut -f1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

start_ms=$(now_ms)
FLEETCRON_DB=$dbdir/idle.sqlite FLEETCRON_SECRETS=file FLEETCRON_SECRETS_DIR=$work/secrets \
    "$FLEETCRON" --daemon --no-api --log-level warning --grace 10 2>"$work/daemon.log" &
daemon_pid=$!
echo "daemon pid $daemon_pid"
sleep "$WARMUP"
kill -0 "$daemon_pid" || { echo "idle.sh: the daemon died:" >&2; tail "$work/daemon.log" >&2; exit 1; }
echo "cpu_warmup_s=$(awk -v t="$(ticks /proc/$daemon_pid/stat)" -v hz="$hz" 'BEGIN { printf "%.2f", t / hz }') (start-up, first ${WARMUP} s)"

thread_ticks "$daemon_pid" >"$work/threads.before"
c0=$(ticks "/proc/$daemon_pid/stat")
w0=$(now_ms)
: >"$work/rss"
end=$((w0 + IDLE * 1000))
while (($(now_ms) < end)); do
    status_kb "$daemon_pid" VmRSS >>"$work/rss"
    sleep 1
done
c1=$(ticks "/proc/$daemon_pid/stat")
w1=$(now_ms)
thread_ticks "$daemon_pid" >"$work/threads.after"
hwm=$(status_kb "$daemon_pid" VmHWM)
threads=$(status_kb "$daemon_pid" Threads)

awk -v c="$((c1 - c0))" -v hz="$hz" -v ms="$((w1 - w0))" \
    'BEGIN { printf "idle_window_s=%.1f\nidle_cpu_pct=%.3f\n", ms / 1000, c / hz / (ms / 1000) * 100 }'
sort -n "$work/rss" | awk '{ v[NR] = $1 } END { printf "idle_rss_mb_p50=%.1f\nidle_rss_mb_max=%.1f\n", v[int((NR + 1) / 2)] / 1024, v[NR] / 1024 }'
awk -v k="$hwm" 'BEGIN { printf "rss_hwm_mb=%.1f\n", k / 1024 }'
echo "threads=$threads"
echo "per thread, CPU ticks (1/$hz s) in the window, busiest first:"
join <(sort "$work/threads.before") <(sort "$work/threads.after") |
    awk '{ d = $5 - $3; if (d > 0) print "  " $2 " (tid " $1 "): " d }' | sort -t: -k2 -nr | head -n 8
echo "daemon log lines (warnings and errors): $(wc -l <"$work/daemon.log")"
head -n 3 "$work/daemon.log"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
