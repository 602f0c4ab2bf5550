#!/usr/bin/env bash
# bench/boots.sh: how many worker JVMs this machine can boot at once without starving the workers
# that keep serving. It measures what supervisor/pool/BootQueue.MAX_AT_ONCE is set from.
#
# For each K in BOOTS: a process-mode server (WORKERS workers, no spare) under RATE req/s of
# cost=COST for DURATION s (the bundled client, answers verified); from second LEAD on, every EVERY
# s, K of its ready slot workers get SIGKILL at the same moment, so K replacement JVMs boot
# together beside the 4-K that serve. K=0 is the baseline: no kill. Prints per K: the load's
# latency p50, p99 and max, availability, and how long the replacements took to boot (median and
# max of readyMs, spawn to hello, from crash-events.jsonl). Run it alone (/work/bin/heavy).
#
# Environment: BOOTS ("0 1 2 3 4"), WORKERS (4), RATE (100), COST (2), DURATION (40), LEAD (5),
# EVERY (4), SEED (7), WARMUP (3: seconds of load before the measured run, no kill),
# BOOT_TIMEOUT (60s: a K that boots slowly is measured, not killed), OUT (a new directory under
# /tmp). Exit status: 0 when the run completed, 2 when it cannot run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BOOTS=${BOOTS:-"0 1 2 3 4"} WORKERS=${WORKERS:-4} RATE=${RATE:-100} COST=${COST:-2}
DURATION=${DURATION:-40} LEAD=${LEAD:-5} EVERY=${EVERY:-4} SEED=${SEED:-7} WARMUP=${WARMUP:-3}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/faultline-boots.XXXXXX")}
mkdir -p "$OUT"
for k in $BOOTS; do
  if ! [[ $k =~ ^[0-9]+$ ]] || (( k > WORKERS )); then
    echo "boots: BOOTS must be whole numbers from 0 to WORKERS ($WORKERS), not '$k'" >&2; exit 2
  fi
done
"$root/faultline" --version >/dev/null # builds the jar when it is missing or stale
jar="$root/lab/target/faultline.jar"
master=""

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

ready_slot_pids() { # port -> pids of the slot workers that are ready
  curl -sf "http://127.0.0.1:$1/status" | python3 -c '
import json, sys
for w in json.load(sys.stdin)["workers"]:
    if w["state"] == "ready": print(w["pid"])'
}

full_strength() { # port
  [[ $(ready_slot_pids "$1" | wc -l) -ge $WORKERS ]]
}

stop_server() {
  [[ -z $master ]] && return 0
  kill -TERM "$master" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$master" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$master" 2>/dev/null || true
  wait "$master" 2>/dev/null || true
  master=""
}
trap stop_server EXIT

kills() { # port k: K ready slot workers at once, every EVERY s, until the load ends
  local port=$1 k=$2 t=$LEAD pids
  sleep "$((WARMUP + LEAD))" # the warm-up is not measured
  while (( t + EVERY <= DURATION )); do
    until full_strength "$port"; do sleep 0.1; done
    mapfile -t pids < <(ready_slot_pids "$port" | shuf -n "$k" --random-source=<(yes "$SEED"))
    kill -KILL "${pids[@]}" 2>/dev/null || true
    echo "$(date +%s.%N) SIGKILL ${pids[*]}" >>"$OUT/k$k.kills"
    sleep "$EVERY"
    t=$((t + EVERY))
  done
}

printf '%-3s %9s %9s %9s %13s %8s %15s %13s\n' K "p50 ms" "p99 ms" "max ms" availability boots "boot median ms" "boot max ms"
for k in $BOOTS; do
  port=$(free_port)
  run="$OUT/k$k"
  mkdir -p "$run"
  java -Xmx128m -jar "$jar" serve --mode process --workers "$WORKERS" --port "$port" \
      --boot-timeout "${BOOT_TIMEOUT:-60s}" --run-dir "$run" >"$OUT/k$k.log" 2>&1 &
  master=$!
  for _ in $(seq 1 300); do full_strength "$port" 2>/dev/null && break; sleep 0.2; done
  full_strength "$port" || { echo "boots: the server for K=$k never came to full strength" >&2; exit 1; }
  stormer=""
  if (( k > 0 )); then kills "$port" "$k" & stormer=$!; fi
  "$root/faultline" load --target "process=http://127.0.0.1:$port" --rate "$RATE" --cost "$COST" \
      --duration "${DURATION}s" --warmup "${WARMUP}s" --seed "$SEED" --report-json "$OUT/k$k.json" >"$OUT/k$k.load.txt" 2>&1 || true
  [[ -n $stormer ]] && wait "$stormer"
  python3 - "$OUT/k$k.json" "$run" "$k" <<'PY'
import json, pathlib, statistics, sys
report, run, k = sys.argv[1:]
t = json.load(open(report))["targets"]["process"]
lat = t["latencyMs"]
boots = []
for f in pathlib.Path(run).rglob("crash-events*.jsonl"):
    for line in f.read_text().splitlines():
        e = json.loads(line)
        if e.get("event") == "worker_ready" and e.get("readyMs") is not None:
            boots.append(e["readyMs"])
med = f"{statistics.median(boots):.0f}" if boots else "-"
top = f"{max(boots):.0f}" if boots else "-"
print(f"{k:<3} {lat['p50']:9.2f} {lat['p99']:9.2f} {lat['max']:9.2f} {100 * t['availability']:12.2f}% "
      f"{len(boots):8} {med:>15} {top:>13}")
PY
  stop_server
done
echo "boots: reports, logs and the kills are in $OUT" >&2
