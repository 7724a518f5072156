#!/usr/bin/env bash
# The fan-out benchmark over a WAN-like link (issue 16, item 4): bench/fanout/run.sh, unchanged
# in what it measures (fleetcron cold/warm through the SSH pool and the Engine, parallel-ssh,
# ControlMaster), run twice behind bench/wan/wan_link: first with 0 ms and 0 % loss (the
# baseline: the same TUN path, so only delay and loss differ), then with the WAN knobs. Then
# one table with both and the ratios against the targets:
#   cold fan-out <= 0.5x parallel-ssh's time over the WAN;
#   warm unaffected by the handshake's round trips: warm over the WAN should cost the baseline
#   plus the few round trips a command on an open session needs, far fewer than a login's.
#
#   bench/wan/run.sh [-n SERVERS] [-r ROUNDS] [-a REPEATS] [-s K] [-d ONE_WAY_DELAY_MS]
#                    [-l LOSS] [-B BUILD_DIR] [-o OUT_DIR]
#
# Defaults: 50 servers, 5 rounds, 25 ms each way (50 ms RTT), 1 % loss per packet in each
# direction, K=5 servers also timed one at a time (fanout/run.sh -s). `-a 2` runs base, WAN,
# base, WAN (each a fresh fleet): on a shared machine the load drifts, and alternating spreads
# it over both; the table then takes the median over all rounds of a kind. Run as root
# (network namespaces, sshd). Every figure is kept in OUT_DIR (base1.out/.err, wan1.out/.err, …;
# a temp dir unless -o).
set -euo pipefail

SERVERS=50
ROUNDS=5
REPEATS=1
SEQ=5
DELAY=25
LOSS=0.01
BUILD=
OUT=
while getopts "n:r:a:s:d:l:B:o:h" opt; do
    case $opt in
    n) SERVERS=$OPTARG ;;
    r) ROUNDS=$OPTARG ;;
    a) REPEATS=$OPTARG ;;
    s) SEQ=$OPTARG ;;
    d) DELAY=$OPTARG ;;
    l) LOSS=$OPTARG ;;
    B) BUILD=$OPTARG ;;
    o) OUT=$OPTARG ;;
    *)
        sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
    esac
done

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
BUILD=${BUILD:-$root/build}
wan_link=$BUILD/bench/wan/wan_link
fanout=$BUILD/bench/fanout/fanout
for f in "$wan_link" "$fanout"; do
    [[ -x $f ]] || {
        echo "wan/run.sh: $f missing: cmake --build $BUILD --target wan_link fanout" >&2
        exit 2
    }
done
[[ $(id -u) -eq 0 ]] || {
    echo "wan/run.sh: run as root (network namespaces, sshd)" >&2
    exit 2
}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/wan-run.XXXXXX")}
mkdir -p "$OUT"

# One phase: the fanout script as wan_link's child, its fleet in wan_link's server namespace.
phase() { # name delay loss
    echo "== $1: ${2} ms each way, loss $3 ($(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg))"
    # wan_link's lines (RTT probes, packets, its CPU) go to stderr; keep them and show them.
    # shellcheck disable=SC2016 # expanded by the inner bash, in wan_link's environment
    "$wan_link" --delay-ms "$2" --loss "$3" -- \
        bash -c 'exec "$1" -H "$WAN_LINK_SERVER" -N "$WAN_LINK_NETNS" "${@:2}"' _ \
        "$root/bench/fanout/run.sh" -n "$SERVERS" -r "$ROUNDS" -s "$SEQ" -b "$fanout" \
        > >(tee "$OUT/$1.out") 2> >(tee "$OUT/$1.err" >&2)
}
started=$(date -u +%FT%TZ)
load0=$(cut -d' ' -f1-3 /proc/loadavg)
for ((a = 1; a <= REPEATS; a++)); do
    phase "base$a" 0 0
    phase "wan$a" "$DELAY" "$LOSS"
done
sleep 1 # the tee processes above finish writing
load1=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# A figure over every repeat of a phase: for a wall time with its rounds listed (X_rounds_ms),
# the median of all those rounds; otherwise the median of each repeat's value.
get() { # base|wan key
    local files=() rounds
    for ((a = 1; a <= REPEATS; a++)); do
        files+=("$OUT/$1$a.out" "$OUT/$1$a.err")
    done
    rounds=$(sed -n "s/^${2%_ms}_rounds_ms=//p" "${files[@]}" | tr ',' '\n')
    if [[ $2 == *_ms && -n $rounds ]]; then
        echo "$rounds" | median
    else
        sed -n "s/^$2=//p" "${files[@]}" | cut -d' ' -f1 | median
    fi
}
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
rtt=$((2 * DELAY))

echo
echo "## results: N=$SERVERS, medians of $((ROUNDS * REPEATS)) rounds ($REPEATS x $ROUNDS), $started, load $load0 -> $load1"
echo "(RTT set: $rtt ms; loss $LOSS per packet each way; raw figures in $OUT)"
echo
echo "| | baseline ms | WAN ms | WAN - baseline | in RTTs | one exec: baseline / WAN ms | one exec, RTTs added |"
echo "|---|---|---|---|---|---|---|"
row() { # label key
    local b w eb ew
    b=$(get base "$2_ms")
    w=$(get wan "$2_ms")
    [[ -n $b && -n $w ]] || return 0
    eb=$(get base "$2_exec_median_ms")
    ew=$(get wan "$2_exec_median_ms")
    local exec_cols="| – | –"
    if [[ -n $eb && -n $ew ]]; then
        exec_cols="| $eb / $ew | $(calc %.1f "($ew - $eb) / $rtt")"
    fi
    echo "| $1 | $b | $w | $(calc %.0f "$w - $b") | $(calc %.1f "($w - $b) / $rtt") $exec_cols |"
}
row "fleetcron cold (SSH pool)" cold
row "fleetcron cold (Engine)" engine_cold
row "fleetcron warm (SSH pool)" warm
row "fleetcron warm (Engine)" engine_warm
row "parallel-ssh -p 64" pssh
row "OpenSSH ControlMaster (warm)" cm
row "ControlMaster setup (masters up, not counted)" cm_setup
row "one at a time, $SEQ servers: fleetcron cold" seq_cold
row "one at a time, $SEQ servers: fleetcron warm" seq_warm
row "one at a time: one OpenSSH \`ssh true\` (cold)" seq_ssh_exec_median
echo
verdict() { awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "met" : "NOT met" }'; }
pssh=$(get wan pssh_ms)
for prefix in "" engine_; do
    cold=$(get wan "${prefix}cold_ms")
    [[ -n $cold ]] || continue
    r=$(calc %.2f "$cold / $pssh")
    echo "WAN ${prefix:-pool_}cold_vs_pssh=$r (target <= 0.50: $(verdict "$r" 0.5))"
done
for prefix in "" engine_ seq_; do
    cb=$(get base "${prefix}cold_exec_median_ms")
    cw=$(get wan "${prefix}cold_exec_median_ms")
    wb=$(get base "${prefix}warm_exec_median_ms")
    ww=$(get wan "${prefix}warm_exec_median_ms")
    [[ -n $cb && -n $cw && -n $wb && -n $ww ]] || continue
    echo "${prefix:-pool_}one exec: cold adds $(calc %.1f "($cw - $cb) / $rtt") RTTs," \
        "warm adds $(calc %.1f "($ww - $wb) / $rtt") RTTs"
done
echo
for ((a = 1; a <= REPEATS; a++)); do
    echo "link (wan$a):"
    grep '^wan_' "$OUT/wan$a.err" | sed 's/^/  /'
    echo "link (base$a):"
    grep -E '^wan_(idle|during)_rtt|^wan_link_cpu|^wan_packets_per_s' "$OUT/base$a.err" |
        sed 's/^/  /'
done
