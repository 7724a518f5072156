#!/usr/bin/env bash
# Does webhook delivery raise scheduler lateness at 100 fires/s? (issue 13)
#
# Runs bench/scheduler_bench/run.sh (1,000 `true` tasks @every 10s on 10 loopback sshd, the real
# `fleetcron --daemon`) in rounds, alternating:
#   plain  - no notification rule;
#   hooked - one global webhook rule on start, success and failure (two signed POSTs per run,
#            ~200 deliveries a second) to notify_bench's receiver on 127.0.0.1, which answers 200
#            and checks every signature;
#   hung   - (HUNG=1) the same rule, to a receiver that takes each request and never answers.
# and prints each round's claim lateness (runs.started_at - scheduled_for) next to the
# receiver's counts.
#
#   sudo bench/notify_bench/run.sh [BUILD_DIR]     env: ROUNDS=2 DURATION=60 HUNG=0
#        SPLIT_CPUS=1 (passed to scheduler_bench): the fleet and the receiver on the last CPU,
#        the daemon on the others
#
# BUILD_DIR must hold app/fleetcron, bench/scheduler_bench/scheduler_bench and
# bench/notify_bench/notify_bench. Every process started here is stopped by PID.
set -euo pipefail

ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-60}
HUNG=${HUNG:-0}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
RECEIVER=$build/bench/notify_bench/notify_bench
[[ -x $RECEIVER ]] || {
    echo "run.sh: $RECEIVER is missing: cmake --build $build --target notify_bench" >&2
    exit 2
}
receiver_cpu=()
[[ ${SPLIT_CPUS:-0} == 1 ]] && receiver_cpu=(taskset -c "$(($(nproc) - 1))")
out=$(mktemp -d "${TMPDIR:-/tmp}/notifybench.XXXXXX")
receiver_pid=
cleanup() {
    [[ -z $receiver_pid ]] || kill -TERM "$receiver_pid" 2>/dev/null || true
    [[ -z $receiver_pid ]] || wait "$receiver_pid" 2>/dev/null || true
}
trap cleanup EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

round() { # name
    local name=$1 port hook="" extra=()
    if [[ $name != plain ]]; then
        port=$((20000 + RANDOM % 38000))
        while port_in_use "$port"; do port=$((port + 1)); done
        [[ $name == hung ]] && extra=(--hang)
        # Long enough for the whole scheduler_bench run (sshd setup, the load, a 1 s idle).
        # With SPLIT_CPUS=1 the receiver shares the fleet's CPU, not the daemon's: it stands
        # for another machine, as the sshd do.
        "${receiver_cpu[@]}" "$RECEIVER" receive --port "$port" --seconds $((DURATION + 60)) --secret bench-secret \
            "${extra[@]}" >"$out/$name.receiver" &
        receiver_pid=$!
        hook="printf 'bench-secret\\n' | \"\$FLEETCRON\" notify add bench-hook --channel webhook"
        hook+=" --url http://127.0.0.1:$port/hook --events start,success,failure --secret-stdin"
    fi
    echo "== round $name"
    SETUP_HOOK=$hook DURATION=$DURATION IDLE=1 "$root/bench/scheduler_bench/run.sh" "$build" \
        >"$out/$name.out" 2>&1 || { tail -n 20 "$out/$name.out"; exit 1; }
    grep -E '^(claim_late_ms|fires_per_s|missed_fires|run_status|load_cpu_pct|load_load1_p50)' \
        "$out/$name.out" | sed 's/^/  /'
    if [[ -n $receiver_pid ]]; then
        wait "$receiver_pid" || true
        receiver_pid=
        sed 's/^/  /' "$out/$name.receiver"
    fi
}

for ((r = 1; r <= ROUNDS; r++)); do
    round plain
    round hooked
    [[ $HUNG == 1 ]] && round hung
done
echo "outputs: $out"
