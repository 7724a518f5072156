#!/usr/bin/env bash
# Fan-out benchmark against its peers, on one loopback fleet, in one run:
#   fleetcron `fanout` cold and warm (SSH layer as the executor drives it, and the whole Engine),
#   parallel-ssh (pssh) -p 64, and OpenSSH ControlMaster fan-out (masters up, N parallel `ssh -S`).
# Then prints the ratios against the targets (issue 3): at N=50 cold <= 0.8x pssh's wall time,
# warm >= 10x faster than pssh and no slower than ControlMaster.
#
#   bench/fanout/run.sh [-n SERVERS] [-r ROUNDS] [-b FANOUT_BINARY] [-p pool|engine|both]
#                       [-u LOGIN] [-H HOST] [-N NETNS] [-s K]
#
# The fleet is one sshd process per server (closer to a real fleet than one sshd listening on
# many ports), on 127.0.0.1 and free high ports, with throw-away host and client keys in a temp
# dir. Every process this script starts is stopped by PID when it exits. Run it as root (sshd
# needs /run/sshd). Wall times are medians over rounds, measured with the same clock for every
# tool.
#
# Logins go to a throw-away user with /bin/sh (created here, removed on exit), as SSH-NOTES.md
# advises: Debian's bash reads ~/.bashrc for every ssh command, and a heavy one (pyenv init on
# the build machines) costs each `true` seconds, which would measure the rc file instead of SSH.
# `-u root` (or any existing user) logs in as that user instead.
#
# `-H HOST -N NETNS` puts the fleet on HOST inside the network namespace NETNS (each sshd started
# with `ip netns exec NETNS`) instead of 127.0.0.1: bench/wan/run.sh uses it to run this same
# script behind a link with delay and loss (WAN_LINK_* from bench/wan/wan_link, whose server
# address is the only non-loopback HOST fanout accepts). `-s K` also times single executions
# one at a time on the first K servers (fanout --threads 1, and plain `ssh … true`), as `seq_*`:
# latency without the queueing behind the servers' CPUs that a parallel round has, so delay
# shows up as its count of round trips.
set -euo pipefail

SERVERS=${SERVERS:-50}
ROUNDS=${ROUNDS:-5}
FANOUT=${FANOUT:-}
FANOUT_PATH=${FANOUT_PATH:-both}
LOGIN=${LOGIN:-}
FLEET_HOST=${FLEET_HOST:-127.0.0.1}
FLEET_NETNS=${FLEET_NETNS:-}
SEQ=${SEQ:-0}
while getopts "n:r:b:p:u:H:N:s:h" opt; do
    case $opt in
    n) SERVERS=$OPTARG ;;
    r) ROUNDS=$OPTARG ;;
    b) FANOUT=$OPTARG ;;
    p) FANOUT_PATH=$OPTARG ;;
    u) LOGIN=$OPTARG ;;
    H) FLEET_HOST=$OPTARG ;;
    N) FLEET_NETNS=$OPTARG ;;
    s) SEQ=$OPTARG ;;
    *)
        sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'
        exit 2
        ;;
    esac
done

# One at a time on at most every server there is.
((SEQ <= SERVERS)) || SEQ=$SERVERS
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [[ -z $FANOUT ]]; then
    for candidate in "$root"/build-fanout/bench/fanout/fanout "$root"/build/bench/fanout/fanout; do
        if [[ -x $candidate ]]; then
            FANOUT=$candidate
            break
        fi
    done
fi
if [[ -z $FANOUT || ! -x $FANOUT ]]; then
    echo "run.sh: no fanout binary; build it (cmake --build BUILD --target fanout) or pass -b" >&2
    exit 2
fi
for tool in /usr/sbin/sshd ssh ssh-keygen parallel-ssh; do
    command -v "$tool" >/dev/null || {
        echo "run.sh: $tool is missing" >&2
        exit 2
    }
done
if ! [[ $SERVERS =~ ^[0-9]+$ && $SERVERS -ge 1 && $ROUNDS =~ ^[0-9]+$ && $ROUNDS -ge 1 ]]; then
    echo "run.sh: -n and -r take positive numbers" >&2
    exit 2
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "run.sh: run as root: sshd needs /run/sshd and logs users in" >&2
    exit 2
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/fanout-run.XXXXXX")
chmod 755 "$work" # sshd reads authorized_keys as the user logging in
pids=() # the sshd of each server, by index
master_pids=()
made_user=

cleanup() {
    local pid child
    set +e
    for pid in "${master_pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null
    done
    # The listeners, and the per-connection children they forked (still ours: their parent is
    # a listener this script started).
    for pid in "${pids[@]}"; do
        for child in $(pgrep -P "$pid" 2>/dev/null); do
            kill -TERM "$child" 2>/dev/null
        done
        kill -TERM "$pid" 2>/dev/null
    done
    for pid in "${master_pids[@]}" "${pids[@]}"; do
        wait "$pid" 2>/dev/null
    done
    if [[ -n $made_user ]]; then
        # Anything still running as the throw-away user goes first, by pid, or userdel refuses.
        for pid in $(pgrep -u "$made_user" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null
        done
        userdel -f "$made_user" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- keys and fleet -------------------------------------------------------------------------
ssh-keygen -q -t ed25519 -N '' -C fanout-host -f "$work/hostkey_ed25519"
ssh-keygen -q -t ed25519 -N '' -C fanout-client -f "$work/client_ed25519"
cp "$work/client_ed25519.pub" "$work/authorized_keys"
chmod 600 "$work/hostkey_ed25519" "$work/client_ed25519"
chmod 644 "$work/authorized_keys"
mkdir -p /run/sshd
chmod 755 /run/sshd

if [[ -n $LOGIN ]]; then
    user=$LOGIN
    id -u "$user" >/dev/null
else
    user=fcfan$$
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
ListenAddress $FLEET_HOST
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
LogLevel VERBOSE
EOF
}

port_in_use() { (exec 3<>"/dev/tcp/$FLEET_HOST/$1") 2>/dev/null; }
# sshd in the fleet's namespace: `ip netns exec` execs it in place, so $! is still sshd's pid.
in_netns=()
[[ -z $FLEET_NETNS ]] || in_netns=(ip netns exec "$FLEET_NETNS")

mkdir "$work/s0"
write_config "$work/s0" 22
/usr/sbin/sshd -t -f "$work/s0/sshd_config"
rm -rf "$work/s0"

# Candidate ports from a random spot in 20000-59999, skipping any that answer already. All
# servers start at once; one whose port was taken between the check and its bind dies, and is
# started again on another port.
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
    "${in_netns[@]}" /usr/sbin/sshd -D -e -f "$dir/sshd_config" 2>>"$dir/log" &
    pids[$1]=$!
    ports[$1]=$next_port
}
t0=$(now_ms)
for ((i = 0; i < SERVERS; i++)); do
    launch_server "$i"
done
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
echo "fleet: $SERVERS sshd processes (one per server) on $FLEET_HOST${FLEET_NETNS:+ (netns $FLEET_NETNS)} ports ${ports[0]}..${ports[SERVERS - 1]}, started in $(($(now_ms) - t0)) ms; login $user ($(getent passwd "$user" | cut -d: -f7))"

printf "$FLEET_HOST:%s\n" "${ports[@]}" >"$work/ports"
hosts=()
for p in "${ports[@]}"; do
    hosts+=("$user@$FLEET_HOST:$p")
done
key="$work/client_ed25519"
# Same client options for every OpenSSH invocation: no user config, this key only, no prompts.
ssh_opts=(-F /dev/null -i "$key" -o IdentitiesOnly=yes -o BatchMode=yes
    -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR)

accepted() { cat "$work"/s*/log | grep -c 'Accepted publickey' || true; }

# CPU the fleet spent so far, in ms: every sshd listener and all its descendants, live or
# reaped (a reaped child's time is in its parent's cutime/cstime). Client CPU comes from the
# tools themselves; this is the other side, which on a small machine bounds the wall time.
hz=$(getconf CLK_TCK)
server_cpu_ms() {
    # A process may end between the glob and the read: cat then fails, and that is fine.
    { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v roots="${pids[*]}" -v hz="$hz" '
        {
            pid = $1
            rest = substr($0, match($0, /\) [A-Za-z] /) + 2)
            split(rest, f, " ")
            ppid[pid] = f[2]
            t[pid] = f[12] + f[13] + f[14] + f[15]
        }
        END {
            n = split(roots, r, " ")
            for (k = 1; k <= n; k++) root[r[k]] = 1
            for (p in t) {
                q = p
                for (d = 0; d < 8 && !(q in root) && (q in ppid); d++) q = ppid[q]
                if (q in root) sum += t[p]
            }
            printf "%.0f\n", sum * 1000 / hz
        }'
}
# After a phase that closed its connections, until their sshd children are gone (at most 10 s),
# so the next phase starts on a quiet fleet.
settle() {
    local i pid busy
    for ((i = 0; i < 200; i++)); do
        busy=0
        for pid in "${pids[@]}"; do
            if pgrep -P "$pid" >/dev/null 2>&1; then
                busy=1
                break
            fi
        done
        ((busy)) || return 0
        sleep 0.05
    done
}

# --- fleetcron fanout -----------------------------------------------------------------------
# One process per path and mode, so each gets its own server-CPU figure.
echo "== fleetcron fanout ($FANOUT, path=$FANOUT_PATH)"
: >"$work/fanout.out"
paths=(pool engine)
[[ $FANOUT_PATH == both ]] || paths=("$FANOUT_PATH")
for path in "${paths[@]}"; do
    for mode in cold warm; do
        prefix=$mode
        [[ $path == pool ]] || prefix=${path}_$mode
        before=$(accepted)
        cpu0=$(server_cpu_ms)
        if ! "$FANOUT" --ports-file "$work/ports" --user "$user" --key "$key" --rounds "$ROUNDS" \
            --mode "$mode" --path "$path" --work-dir "$work" >"$work/fanout.part"; then
            cat "$work/fanout.part"
            echo "run.sh: fanout --path $path --mode $mode failed" >&2
            exit 1
        fi
        settle
        grep -v -E '^(servers|rounds|threads|command)=' "$work/fanout.part" | tee -a "$work/fanout.out"
        echo "${prefix}_server_cpu_ms=$(($(server_cpu_ms) - cpu0))" | tee -a "$work/fanout.out"
        echo "${prefix}_logins=$(($(accepted) - before))" | tee -a "$work/fanout.out"
    done
done
get() { sed -n "s/^$1=//p" "$work/fanout.out" | head -n 1; }

# --- one at a time ------------------------------------------------------------------------------
if ((SEQ > 0)); then
    echo "== one at a time on $SEQ servers (fanout --threads 1; ssh true)"
    head -n "$SEQ" "$work/ports" >"$work/ports.seq"
    for mode in cold warm; do
        "$FANOUT" --ports-file "$work/ports.seq" --user "$user" --key "$key" --rounds "$ROUNDS" \
            --mode "$mode" --path pool --threads 1 --work-dir "$work" >"$work/seq.part"
        settle
        grep -E '^(cold|warm)_(ms|exec_median_ms|exec_slowest_ms|rounds_ms)=' "$work/seq.part" |
            sed 's/^/seq_/'
    done
    # OpenSSH's cold login and command, each timed alone: its round trips beside libssh's.
    ssh_each=()
    for ((r = 0; r < ROUNDS; r++)); do
        for ((i = 0; i < SEQ; i++)); do
            t0=$(date +%s%N)
            ssh "${ssh_opts[@]}" -p "${ports[i]}" "$user@$FLEET_HOST" true
            ssh_each+=("$((($(date +%s%N) - t0) / 1000))")
        done
    done
    settle
    echo "seq_ssh_exec_median_ms=$(printf '%s\n' "${ssh_each[@]}" | median | awk '{ printf "%.1f", $1 / 1000 }')"
fi

# --- parallel-ssh -------------------------------------------------------------------------------
echo "== parallel-ssh -p 64"
TIMEFORMAT='%3R %3U %3S'
pssh_walls=()
pssh_cpus=()
cpu0=$(server_cpu_ms)
for ((r = 0; r < ROUNDS; r++)); do
    { time parallel-ssh -p 64 -t 60 -H "${hosts[*]}" -x "${ssh_opts[*]}" true \
        >"$work/pssh.out" 2>"$work/pssh.err"; } 2>"$work/pssh.time" || true
    ok=$(grep -c '\[SUCCESS\]' "$work/pssh.out" || true)
    if [[ $ok -ne $SERVERS ]]; then
        echo "run.sh: parallel-ssh succeeded on $ok of $SERVERS servers:" >&2
        grep -v '\[SUCCESS\]' "$work/pssh.out" | head -n 5 >&2
        cat "$work/pssh.err" >&2
        exit 1
    fi
    read -r real usr sys <"$work/pssh.time"
    pssh_walls+=("$(awk -v s="$real" 'BEGIN { printf "%.1f", s * 1000 }')")
    pssh_cpus+=("$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.1f", (u + s) * 1000 }')")
done
pssh_ms=$(printf '%s\n' "${pssh_walls[@]}" | median)
echo "pssh_ms=$pssh_ms"
echo "pssh_execs_per_s=$(awk -v n="$SERVERS" -v ms="$pssh_ms" 'BEGIN { printf "%.1f", n * 1000 / ms }')"
echo "pssh_rounds_ms=$(
    IFS=,
    echo "${pssh_walls[*]}"
)"
echo "pssh_client_cpu_ms=$(printf '%s\n' "${pssh_cpus[@]}" | median)"
settle
echo "pssh_server_cpu_ms=$(($(server_cpu_ms) - cpu0)) (all $ROUNDS rounds)"

# --- OpenSSH ControlMaster --------------------------------------------------------------------
echo "== OpenSSH ControlMaster (masters up, then $SERVERS parallel ssh -S … true)"
mkdir "$work/cm"
t0=$(now_ms)
setup=()
for ((i = 0; i < SERVERS; i++)); do
    ssh "${ssh_opts[@]}" -M -S "$work/cm/$i" -fN -p "${ports[i]}" "$user@$FLEET_HOST" &
    setup+=($!)
done
for pid in "${setup[@]}"; do
    wait "$pid" || {
        echo "run.sh: a ControlMaster did not come up" >&2
        exit 1
    }
done
echo "cm_setup_ms=$(($(now_ms) - t0))"
for ((i = 0; i < SERVERS; i++)); do
    # -f forks the master away from us; it reports its pid so it can be stopped by it.
    pid=$(ssh "${ssh_opts[@]}" -S "$work/cm/$i" -O check -p "${ports[i]}" "$user@$FLEET_HOST" 2>&1 |
        sed -n 's/.*pid=\([0-9]*\).*/\1/p')
    if [[ -z $pid ]]; then
        echo "run.sh: ControlMaster $i is not running" >&2
        exit 1
    fi
    master_pids+=("$pid")
done
cm_fanout() {
    local pids=() pid failed=0 i
    for ((i = 0; i < SERVERS; i++)); do
        ssh "${ssh_opts[@]}" -S "$work/cm/$i" -p "${ports[i]}" "$user@$FLEET_HOST" true &
        pids+=($!)
    done
    for pid in "${pids[@]}"; do
        wait "$pid" || failed=$((failed + 1))
    done
    return "$failed"
}
cm_walls=()
cm_cpus=()
cm_fanout || true # first round not counted, as for fleetcron warm
cpu0=$(server_cpu_ms)
for ((r = 0; r < ROUNDS; r++)); do
    failed=0
    { time cm_fanout; } 2>"$work/cm.time" || failed=$?
    if [[ $failed -ne 0 ]]; then
        echo "run.sh: ControlMaster fan-out failed on $failed servers" >&2
        exit 1
    fi
    read -r real usr sys <"$work/cm.time"
    cm_walls+=("$(awk -v s="$real" 'BEGIN { printf "%.1f", s * 1000 }')")
    cm_cpus+=("$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.1f", (u + s) * 1000 }')")
done
cm_ms=$(printf '%s\n' "${cm_walls[@]}" | median)
echo "cm_ms=$cm_ms"
echo "cm_execs_per_s=$(awk -v n="$SERVERS" -v ms="$cm_ms" 'BEGIN { printf "%.1f", n * 1000 / ms }')"
echo "cm_rounds_ms=$(
    IFS=,
    echo "${cm_walls[*]}"
)"
echo "cm_client_cpu_ms=$(printf '%s\n' "${cm_cpus[@]}" | median)"
echo "cm_server_cpu_ms=$(($(server_cpu_ms) - cpu0)) (the $ROUNDS timed rounds, masters excluded)"

# --- ratios ---------------------------------------------------------------------------------------
verdict() { # value op limit
    awk -v v="$1" -v l="$3" -v op="$2" 'BEGIN { ok = (op == "<=") ? (v <= l) : (v >= l); print ok ? "met" : "MISSED" }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }
echo "== ratios (N=$SERVERS, medians of $ROUNDS rounds)"
for prefix in "" engine_; do
    cold=$(get "${prefix}cold_ms")
    warm=$(get "${prefix}warm_ms")
    [[ -n $cold && -n $warm ]] || continue
    label=${prefix:-pool_}
    c=$(ratio "$cold" "$pssh_ms")
    w=$(ratio "$pssh_ms" "$warm")
    m=$(ratio "$warm" "$cm_ms")
    echo "${label}cold_vs_pssh=$c (target <= 0.80: $(verdict "$c" '<=' 0.8))"
    echo "${label}warm_speedup_vs_pssh=$w (target >= 10: $(verdict "$w" '>=' 10))"
    echo "${label}warm_vs_cm=$m (target <= 1.00: $(verdict "$m" '<=' 1.0))"
done
