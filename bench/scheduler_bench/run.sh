#!/usr/bin/env bash
# Scheduler precision and daemon footprint (issue 4), measured on the real `fleetcron --daemon`
# process against a loopback fleet:
#   load: TASKS tasks on `@every 10s` (first fires spread over the 10 s: TASKS/10 fires a second),
#         each running `true` on one of SERVERS sshd, for DURATION seconds; then the lateness of
#         every claim (runs.started_at - runs.scheduled_for, both written by the claim), missed
#         and double fires, and the daemon's CPU% and RSS sampled each second from /proc;
#   idle: TASKS tasks on `@every 1h` with nothing due for the next hour, the daemon left alone
#         for IDLE seconds: CPU% and RSS.
# Targets: claim lateness p99 <= 5 ms; idle < 1% CPU and < 50 MB RSS.
#
#   bench/scheduler_bench/run.sh [BUILD_DIR]      (default: build-schedbench, then build)
#   env: DURATION=120 IDLE=60 TASKS=1000 SERVERS=10 MAX_PARALLEL=8 LOGIN=<existing user>
#        SPLIT_CPUS=1: the fleet's sshd (and every session they fork) on the last CPU, the daemon
#        on the others, as when the servers are other machines (taskset; affinity is inherited)
#        DB_DIR=<dir for the SQLite files> (default: the temp work dir, on the disk; /dev/shm
#        shows how much of the lateness is the store's I/O)
#        METRICS=1: the daemon also serves its API on a free loopback port, and each sample reads
#        fleetcron_store_writer_queue_depth from GET /metrics (p50/max in the summary)
#        SETUP_HOOK=<shell command> run after the load database is set up, before the daemon
#        starts, with FLEETCRON_DB, FLEETCRON_SECRETS(_DIR) and FLEETCRON set for it (e.g. adding
#        a notification rule: bench/notify_bench/run.sh)
#        LOAD_DB=<postgresql:// URL of an empty database> for the load instead of a SQLite file
#        LOAD_HOOK=<shell command> started with the load window (FLEETCRON_DB set), stopped by
#        PID after it; when it exits first, the load window ends there (bench/prune_bench/run.sh)
#        IDLE=0 skips the idle measurement
#
# BUILD_DIR must hold app/fleetcron and bench/scheduler_bench/scheduler_bench (nothing is built
# here). Run as root: sshd needs /run/sshd. Every sshd listens on 127.0.0.1 on a free high port;
# logins go to a throw-away user with /bin/sh (a heavy ~/.bashrc would cost each `true` seconds,
# see docs SSH-NOTES). Every process this script starts is stopped by PID on exit.
set -euo pipefail

DURATION=${DURATION:-120}
IDLE=${IDLE:-60}
TASKS=${TASKS:-1000}
SERVERS=${SERVERS:-10}
MAX_PARALLEL=${MAX_PARALLEL:-8}
LOGIN=${LOGIN:-}
# Seconds between starting the daemon and the first due time / the idle measurement.
LEAD=${LEAD:-4}
SPLIT_CPUS=${SPLIT_CPUS:-0}
METRICS=${METRICS:-0}
skip_idle=0
fleet_cpu_prefix=()
daemon_cpu_prefix=()
if [[ $SPLIT_CPUS == 1 ]]; then
    last_cpu=$(($(nproc) - 1))
    ((last_cpu > 0)) || { echo "run.sh: SPLIT_CPUS=1 needs 2 CPUs or more" >&2; exit 2; }
    fleet_cpu_prefix=(taskset -c "$last_cpu")
    daemon_cpu_prefix=(taskset -c "0-$((last_cpu - 1))")
fi

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
case ${1:-} in
-h | --help)
    sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
esac
build=${1:-}
if [[ -z $build ]]; then
    for candidate in "$root/build-schedbench" "$root/build"; do
        if [[ -x $candidate/bench/scheduler_bench/scheduler_bench ]]; then
            build=$candidate
            break
        fi
    done
fi
build=$(cd "${build:-$root/build}" && pwd)
FLEETCRON=$build/app/fleetcron
BENCH=$build/bench/scheduler_bench/scheduler_bench
for exe in "$FLEETCRON" "$BENCH"; do
    if [[ ! -x $exe ]]; then
        echo "run.sh: $exe is missing; build it: cmake --build $build --target fleetcron scheduler_bench" >&2
        exit 2
    fi
done
for tool in /usr/sbin/sshd ssh-keygen; do
    command -v "$tool" >/dev/null || {
        echo "run.sh: $tool is missing" >&2
        exit 2
    }
done
if [[ $IDLE == 0 ]]; then
    skip_idle=1
    IDLE=1
fi
for v in DURATION IDLE TASKS SERVERS MAX_PARALLEL LEAD; do
    if ! [[ ${!v} =~ ^[0-9]+$ && ${!v} -ge 1 ]]; then
        echo "run.sh: $v takes a positive number" >&2
        exit 2
    fi
done
if [[ $(id -u) -ne 0 ]]; then
    echo "run.sh: run as root: sshd needs /run/sshd and logs users in" >&2
    exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/schedbench.XXXXXX")
chmod 755 "$work" # sshd reads authorized_keys as the user logging in
dbdir=$work
if [[ -n ${DB_DIR:-} ]]; then
    dbdir=$(mktemp -d "$DB_DIR/schedbench-db.XXXXXX")
fi
pids=()           # the sshd of each server, by index
daemon_pid=
load_hook_pid=
made_user=

stop_daemon() {
    [[ -n $daemon_pid ]] || return 0
    local i t0 killed=
    t0=$(now_ms)
    kill -TERM "$daemon_pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
        kill -0 "$daemon_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$daemon_pid" 2>/dev/null && killed=" (did not stop: killed)"
    kill -KILL "$daemon_pid" 2>/dev/null || true
    wait "$daemon_pid" 2>/dev/null || true
    # SIGTERM to exit; the daemon runs with --grace 10.
    echo "daemon_stop_ms=$(($(now_ms) - t0))$killed"
    daemon_pid=
}

cleanup() {
    local pid child
    set +e
    [[ -z $queue_sampler_pid ]] || kill "$queue_sampler_pid" 2>/dev/null
    [[ -z $load_hook_pid ]] || kill "$load_hook_pid" 2>/dev/null
    stop_daemon
    for pid in "${pids[@]}"; do
        for child in $(pgrep -P "$pid" 2>/dev/null); do
            kill -TERM "$child" 2>/dev/null
        done
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null
    done
    if [[ -n $made_user ]]; then
        for pid in $(pgrep -u "$made_user" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null
        done
        userdel -f "$made_user" 2>/dev/null
    fi
    if [[ -n ${KEEP:-} ]]; then
        echo "run.sh: kept $work"
    else
        rm -rf "$work"
        [[ $dbdir == "$work" ]] || rm -rf "$dbdir"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# --- keys, login user, fleet ----------------------------------------------------------------
ssh-keygen -q -t ed25519 -N '' -C schedbench-host -f "$work/hostkey_ed25519"
ssh-keygen -q -t ed25519 -N '' -C schedbench-client -f "$work/client_ed25519"
cp "$work/client_ed25519.pub" "$work/authorized_keys"
chmod 600 "$work/hostkey_ed25519" "$work/client_ed25519"
chmod 644 "$work/authorized_keys"
mkdir -p /run/sshd
chmod 755 /run/sshd

if [[ -n $LOGIN ]]; then
    user=$LOGIN
    id -u "$user" >/dev/null
else
    user=fcbench-$$
    # /etc/passwd may be locked for a moment by a test making its own user: try again.
    for ((try = 0; try < 20; try++)); do
        if useradd -M -d /tmp -s /bin/sh "$user" 2>"$work/useradd.err"; then
            made_user=$user
            break
        fi
        sleep 0.2
    done
    if [[ -z $made_user ]]; then
        echo "run.sh: cannot create the login user:" >&2
        cat "$work/useradd.err" >&2
        exit 1
    fi
    # UsePAM no refuses a locked account; '*' unlocks it without any password working.
    usermod -p '*' "$user"
fi

write_config() { # dir port
    cat >"$1/sshd_config" <<EOF
Port $2
ListenAddress 127.0.0.1
HostKey $work/hostkey_ed25519
PidFile $1/sshd.pid
AuthorizedKeysFile $work/authorized_keys
UsePAM no
StrictModes no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
MaxStartups 200:30:400
MaxSessions 64
LogLevel INFO
EOF
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

mkdir "$work/s0"
write_config "$work/s0" 22
/usr/sbin/sshd -t -f "$work/s0/sshd_config"
rm -rf "$work/s0"

next_port=$((20000 + RANDOM % 38000))
ports=()
launch_server() { # index
    local dir="$work/s$1"
    mkdir -p "$dir"
    while :; do
        next_port=$((next_port + 1))
        ((next_port < 60000)) || next_port=20000
        port_in_use "$next_port" || break
    done
    write_config "$dir" "$next_port"
    "${fleet_cpu_prefix[@]}" /usr/sbin/sshd -D -e -f "$dir/sshd_config" 2>>"$dir/log" &
    pids[$1]=$!
    ports[$1]=$next_port
}
for ((i = 0; i < SERVERS; i++)); do
    launch_server "$i"
done
# A server whose port was taken between the check and its bind dies; start it on another.
pending=("${!pids[@]}")
for ((attempt = 0; ${#pending[@]} > 0; attempt++)); do
    if ((attempt > 400)); then
        echo "run.sh: sshd did not come up for servers ${pending[*]}; log of the first:" >&2
        cat "$work/s${pending[0]}/log" >&2
        exit 1
    fi
    still=()
    for i in "${pending[@]}"; do
        if port_in_use "${ports[i]}" && kill -0 "${pids[i]}" 2>/dev/null; then
            continue
        elif ! kill -0 "${pids[i]}" 2>/dev/null; then
            wait "${pids[i]}" 2>/dev/null || true
            launch_server "$i"
            still+=("$i")
        else
            still+=("$i")
        fi
    done
    pending=("${still[@]}")
    ((${#pending[@]} == 0)) || sleep 0.05
done
servers_arg=$(printf '127.0.0.1:%s,' "${ports[@]}")
servers_arg=${servers_arg%,}
echo "fleet: $SERVERS sshd on 127.0.0.1 ports ${ports[*]}; login $user ($(getent passwd "$user" | cut -d: -f7))"
echo "daemon: $FLEETCRON; database dir: $dbdir ($(df --output=fstype "$dbdir" | tail -n 1))"
echo "cores: $(nproc); load average at start: $(cut -d' ' -f1-3 /proc/loadavg); split cpus: $SPLIT_CPUS"

# --- sampling -----------------------------------------------------------------------------------
hz=$(getconf CLK_TCK)
# utime+stime of the whole process (all threads), in clock ticks.
cpu_ticks() { sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }

# Samples the daemon once a second until epoch ms $2 into file $1: ms ticks rss_kb threads load1.
sample_until() { # file end_ms
    local t
    : >"$1"
    while :; do
        t=$(now_ms)
        kill -0 "$daemon_pid" 2>/dev/null || {
            echo "run.sh: the daemon died; its log:" >&2
            tail -n 20 "$work/daemon.log" >&2
            exit 1
        }
        echo "$t $(cpu_ticks "$daemon_pid") $(status_kb "$daemon_pid" VmRSS) $(status_kb "$daemon_pid" Threads) $(cut -d' ' -f1 /proc/loadavg)" >>"$1"
        ((t < $2)) || break
        [[ -z $load_hook_pid ]] || kill -0 "$load_hook_pid" 2>/dev/null || break
        sleep $(awk -v r=$((1000 - ($(now_ms) - t))) 'BEGIN { if (r < 0) r = 0; printf "%.3f", r / 1000 }')
    done
}

# METRICS=1: the store writer's queue depth from the daemon's GET /metrics, once a second until
# killed, into file $1 as "ms depth scrape_ms" (depth -1: the scrape failed or took > 5 s). Apart
# from the CPU/RSS sampler: under load a scrape takes a while, and must not delay that one.
queue_sampler_pid=
queue_sampler() { # file
    local t out
    set +e # a scrape that times out is recorded as -1, not the end of the sampler
    : >"$1"
    while :; do
        t=$(now_ms)
        out=$(curl -s -m 5 -H "Authorization: Bearer $(cat "$work/api-token" 2>/dev/null)" \
            "http://127.0.0.1:$api_port/metrics" |
            awk '$1 == "fleetcron_store_writer_queue_depth" { print $2 }')
        echo "$t ${out:--1} $(($(now_ms) - t))" >>"$1"
        sleep 1
    done
}
start_queue_sampler() { # file
    [[ $METRICS == 1 ]] || return 0
    queue_sampler "$1" &
    queue_sampler_pid=$!
}
stop_queue_sampler() { # file prefix
    [[ -n $queue_sampler_pid ]] || return 0
    kill "$queue_sampler_pid" 2>/dev/null || true
    wait "$queue_sampler_pid" 2>/dev/null || true
    queue_sampler_pid=
    sort -n -k2 "$1" | awk -v p="$2" '
        $2 < 0 { failed++; next }
        { d[++n] = $2; s += $3 }
        END {
            printf "%s_writer_queue_samples=%d (failed or > 5 s: %d)\n", p, n, failed
            if (n) printf "%s_writer_queue_p50=%d\n%s_writer_queue_max=%d\n%s_metrics_scrape_ms_mean=%.0f\n", p, d[int((n + 1) / 2)], p, d[n], p, s / n
        }'
}

# CPU% over the whole window and per 1-s sample (p50/max), RSS p50/max, threads, load average.
summarize() { # file prefix
    awk -v hz="$hz" -v p="$2" '
        { t[NR] = $1; c[NR] = $2; r[NR] = $3; th[NR] = $4; l[NR] = $5 }
        function pct(a, n, q,   i, j, tmp, k) {
            for (i = 1; i <= n; i++) s[i] = a[i]
            for (i = 2; i <= n; i++) { tmp = s[i]; for (j = i - 1; j >= 1 && s[j] > tmp; j--) s[j + 1] = s[j]; s[j + 1] = tmp }
            k = int(q * n + 0.999999); if (k < 1) k = 1; if (k > n) k = n
            return s[k]
        }
        END {
            if (NR < 2) { print p "_samples=" NR; exit }
            wall = (t[NR] - t[1]) / 1000
            printf "%s_window_s=%.1f\n", p, wall
            printf "%s_cpu_pct=%.2f\n", p, (c[NR] - c[1]) / hz / wall * 100
            for (i = 2; i <= NR; i++) { d = (t[i] - t[i - 1]) / 1000; cs[i - 1] = (c[i] - c[i - 1]) / hz / d * 100 }
            printf "%s_cpu_pct_1s_p50=%.1f\n", p, pct(cs, NR - 1, 0.5)
            printf "%s_cpu_pct_1s_max=%.1f\n", p, pct(cs, NR - 1, 1)
            printf "%s_rss_mb_p50=%.1f\n", p, pct(r, NR, 0.5) / 1024
            printf "%s_rss_mb_max=%.1f\n", p, pct(r, NR, 1) / 1024
            printf "%s_threads_max=%d\n", p, pct(th, NR, 1)
            printf "%s_load1_p50=%.2f\n", p, pct(l, NR, 0.5)
            printf "%s_load1_max=%.2f\n", p, pct(l, NR, 1)
        }' "$1"
}

api_port=
start_daemon() { # db
    local api=(--no-api)
    if [[ $METRICS == 1 ]]; then
        api_port=$((20000 + RANDOM % 38000))
        while port_in_use "$api_port"; do api_port=$((api_port + 1)); done
        api=(--listen "127.0.0.1:$api_port" --api-token-file "$work/api-token")
    fi
    FLEETCRON_DB=$1 FLEETCRON_SECRETS=file FLEETCRON_SECRETS_DIR=$work/secrets \
        "${daemon_cpu_prefix[@]}" "$FLEETCRON" --daemon "${api[@]}" --log-level warning --grace 10 \
        2>"$work/daemon.log" &
    daemon_pid=$!
}

get() { sed -n "s/^$1=//p" "$2" | head -n 1; }

# --- load ---------------------------------------------------------------------------------------
echo "== load: $TASKS tasks @every 10s on $SERVERS servers, ${DURATION}s"
load_db=${LOAD_DB:-$dbdir/load.sqlite}
"$BENCH" setup --db "$load_db" --servers "$servers_arg" --user "$user" \
    --key "$work/client_ed25519" --tasks "$TASKS" --every 10s --max-parallel "$MAX_PARALLEL" \
    --start-in-ms $((LEAD * 1000)) | tee "$work/setup.out"
first=$(get first_fire_ms "$work/setup.out")
if [[ -n ${SETUP_HOOK:-} ]]; then
    FLEETCRON_DB=$load_db FLEETCRON_SECRETS=file FLEETCRON_SECRETS_DIR=$work/secrets \
        FLEETCRON=$FLEETCRON bash -c "$SETUP_HOOK"
fi
start_daemon "$load_db"
echo "daemon pid $daemon_pid"
# Measure from the first due time, so start-up is not counted.
while (($(now_ms) < first)); do sleep 0.05; done
start_queue_sampler "$work/load.queue"
if [[ -n ${LOAD_HOOK:-} ]]; then
    FLEETCRON_DB=$load_db bash -c "$LOAD_HOOK" &
    load_hook_pid=$!
fi
sample_until "$work/load.samples" $((first + DURATION * 1000))
stop_queue_sampler "$work/load.queue" load >"$work/load.queue.out"
if [[ -n $load_hook_pid ]]; then
    kill "$load_hook_pid" 2>/dev/null || true
    wait "$load_hook_pid" 2>/dev/null || true
    load_hook_pid=
fi
hwm=$(status_kb "$daemon_pid" VmHWM)
stop_ms=$(now_ms)
stop_daemon
echo "load_daemon_log_lines=$(wc -l <"$work/daemon.log") (warnings and errors)"
grep -v -E 'status=succeeded' "$work/daemon.log" | head -n 5 || true
summarize "$work/load.samples" load
cat "$work/load.queue.out" 2>/dev/null || true
echo "load_rss_hwm_mb=$(awk -v k="$hwm" 'BEGIN { printf "%.1f", k / 1024 }')"
# Due times up to 1 s before SIGTERM must have been claimed; later ones may legitimately not be.
"$BENCH" report --db "$load_db" --since "$first" --until $((stop_ms - 1000)) \
    --interval-ms 10000 | tee "$work/report.out"

if [[ $skip_idle == 1 ]]; then
    echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    exit 0
fi

# --- idle ---------------------------------------------------------------------------------------
echo "== idle: $TASKS tasks @every 1h, nothing due, ${IDLE}s"
"$BENCH" setup --db "$dbdir/idle.sqlite" --servers "$servers_arg" --user "$user" \
    --key "$work/client_ed25519" --tasks "$TASKS" --hourly --max-parallel "$MAX_PARALLEL" \
    --start-in-ms 3600000 >"$work/setup-idle.out"
start_daemon "$dbdir/idle.sqlite"
echo "daemon pid $daemon_pid"
sleep "$LEAD"
idle_start=$(now_ms)
sample_until "$work/idle.samples" $((idle_start + IDLE * 1000))
hwm=$(status_kb "$daemon_pid" VmHWM)
stop_daemon
summarize "$work/idle.samples" idle | tee "$work/idle.out"
echo "idle_rss_hwm_mb=$(awk -v k="$hwm" 'BEGIN { printf "%.1f", k / 1024 }')"
idle_runs=$("$BENCH" report --db "$dbdir/idle.sqlite" --since "$idle_start" --until "$(now_ms)" \
    --interval-ms 3600000 | sed -n 's/^runs=//p')
echo "idle_runs=$idle_runs"

# --- verdict ------------------------------------------------------------------------------------
verdict() { awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == "<=") ? (v <= l) : (v < l); print ok ? "met" : "MISSED" }'; }
p99=$(sed -n 's/^claim_late_ms .* p99=\([-0-9]*\) .*/\1/p' "$work/report.out")
idle_cpu=$(get idle_cpu_pct "$work/idle.out")
idle_rss=$(get idle_rss_mb_max "$work/idle.out")
echo "== targets"
echo "claim_p99_ms=$p99 (target <= 5: $(verdict "$p99" '<=' 5))"
echo "idle_cpu_pct=$idle_cpu (target < 1: $(verdict "$idle_cpu" '<' 1))"
echo "idle_rss_mb=$idle_rss (target < 50: $(verdict "$idle_rss" '<' 50))"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
