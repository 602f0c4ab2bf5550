#!/usr/bin/env bash
# bench/client-vs-wrk.sh: the bundled load client against wrk, in one run, on the same trivial endpoint.
#
# Starts one thread-mode server on a free loopback port, warms it (and the client's JIT) up, then
# measures wrk and `faultline load --rate max` in alternating rounds: same URL shape
# (GET /work?input=N&cost=0: no workload, just the HTTP path), same number of connections, same
# duration. Prints every round, the median throughput of each, and their ratio (client / wrk).
# Exits 0 when the ratio is at least MIN_RATIO (0.5), 1 when it is not, 2 when it cannot run.
#
# Environment: DURATION (s, default 10), CONNECTIONS (default 32), ROUNDS (default 3),
# WRK_THREADS (default 1: the client drives a target from one event loop, so wrk gets one thread too),
# SERVER_THREADS (default 2), CLIENT_WARMUP (s, default 10: the client JVM's own JIT warm-up, not
# counted; wrk needs none), MIN_RATIO (default 0.5).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
ROUNDS=${ROUNDS:-3}
WRK_THREADS=${WRK_THREADS:-1}
SERVER_THREADS=${SERVER_THREADS:-2}
CLIENT_WARMUP=${CLIENT_WARMUP:-10}
MIN_RATIO=${MIN_RATIO:-0.5}

if ! command -v wrk >/dev/null; then
  echo "bench: wrk is missing; installing it from Debian's packages (apt-get install -y wrk)" >&2
  if [[ $(id -u) -ne 0 ]]; then echo "bench: need root to install wrk; install it and rerun" >&2; exit 2; fi
  apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi
"$root/faultline" --version >/dev/null # builds the jar when it is missing or stale
jar="$root/lab/target/faultline.jar"

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -Xmx256m -XX:+UseSerialGC -jar "$jar" serve --mode thread --threads "$SERVER_THREADS" --port "$port" \
  --run-dir "$work/server" >"$work/server.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 300); do grep -q "listening on" "$work/server.log" 2>/dev/null && break; sleep 0.2; done
grep -q "listening on" "$work/server.log" || { echo "bench: the server did not start:"; cat "$work/server.log"; exit 2; } >&2

base="http://127.0.0.1:$port"
url="$base/work?input=42&cost=0"
echo "bench: thread-mode server (pid $server, $SERVER_THREADS threads) on $base; $CONNECTIONS connections," \
  "${DURATION}s per measurement, $ROUNDS rounds, wrk -t$WRK_THREADS, client warm-up ${CLIENT_WARMUP}s;" \
  "$(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"

wrk_rate() { # requests per second as wrk reports them
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$1"s "$url" | awk '/^Requests\/sec:/ {print $2}'
}
client_rate() { # correct answers per second of the measured run (after its own warm-up)
  java -Xmx256m -jar "$jar" load --target "bench=$base" --rate max --connections "$CONNECTIONS" --cost 0 \
    --duration "$1"s --warmup "$2"s --timeout 5s --seed 42 --report-json "$work/client.json" >"$work/client.out"
  python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['targets']['bench']; print('%.2f' % (t['ok'] / $1))" \
    "$work/client.json"
}

wrk_rate 5 >/dev/null # the server's JIT warms up; not counted
wrk_results=(); client_results=()
for round in $(seq 1 "$ROUNDS"); do
  w=$(wrk_rate "$DURATION"); c=$(client_rate "$DURATION" "$CLIENT_WARMUP")
  wrk_results+=("$w"); client_results+=("$c")
  echo "bench: round $round: wrk $w req/s, faultline load $c req/s (ratio $(python3 -c "print('%.2f' % ($c / $w))"))"
done

python3 - "$MIN_RATIO" "${wrk_results[*]}" "${client_results[*]}" <<'PY'
import statistics, sys
minimum = float(sys.argv[1])
wrk = statistics.median(float(x) for x in sys.argv[2].split())
client = statistics.median(float(x) for x in sys.argv[3].split())
ratio = client / wrk
print(f"bench: median wrk {wrk:.0f} req/s, median faultline load {client:.0f} req/s, ratio {ratio:.2f} "
      f"(must be >= {minimum}): {'PASS' if ratio >= minimum else 'FAIL'}")
sys.exit(0 if ratio >= minimum else 1)
PY
