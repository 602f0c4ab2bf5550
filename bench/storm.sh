#!/usr/bin/env bash
# bench/storm.sh: a storm of worker deaths from outside, faultline against gunicorn, same load.
#
# For each side (faultline process mode, then gunicorn with sync workers running the same digest in
# Python, bench/storm_app.py), at default settings: start the server with WORKERS workers on a free
# loopback port, fire RATE req/s of cost=COST at it for DURATION s with the bundled client (answers
# verified by digest), and from second LEAD on send KILLS signals, one every EVERY s, each to a random
# worker process of that server (booting ones included), the signal picked at random among KILL,
# SEGV, STOP and TERM (seeded: both sides get the same sequence). Then measure how long after the
# last signal the server is back at full strength by itself (every worker up and not stopped),
# polling every 100 ms for at most RECOVER_LIMIT s. Prints per side: availability, failures by
# class, workers at the end, recovery time, and for faultline how often its pool paused (from
# /status: deaths from outside must never pause it); the raw reports are in OUT.
#
# Environment: KILLS (40), EVERY (1), RATE (100), COST (1), DURATION (60), LEAD (5), WORKERS (4),
# SEED (11), RECOVER_LIMIT (60), SIDES ("faultline gunicorn"), OUT (a new directory under /tmp).
# The harder storm of issue 16, two signals a second for two minutes:
#   KILLS=240 EVERY=0.5 DURATION=130 bench/storm.sh
# Exit status: 0 when the run completed (whatever the numbers), 2 when it cannot run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KILLS=${KILLS:-40} EVERY=${EVERY:-1} RATE=${RATE:-100} COST=${COST:-1} DURATION=${DURATION:-60} LEAD=${LEAD:-5}
WORKERS=${WORKERS:-4} SEED=${SEED:-11} RECOVER_LIMIT=${RECOVER_LIMIT:-60}
SIDES=${SIDES:-"faultline gunicorn"}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/faultline-storm.XXXXXX")}
mkdir -p "$OUT"
if ! [[ $EVERY =~ ^[0-9]*\.?[0-9]+$ ]] || [[ $EVERY =~ ^0*\.?0*$ ]]; then echo "storm: EVERY must be a number of seconds above 0, not '$EVERY'" >&2; exit 2; fi
if ! awk -v k="$KILLS" -v e="$EVERY" -v l="$LEAD" -v d="$DURATION" 'BEGIN { exit !(l + k * e <= d) }'; then
  echo "storm: LEAD + KILLS * EVERY (${LEAD} + ${KILLS} * ${EVERY} s) must fit in DURATION (${DURATION} s)" >&2; exit 2
fi
if [[ " $SIDES " == *" gunicorn "* ]] && ! command -v gunicorn >/dev/null; then
  echo "storm: gunicorn is missing; installing it from Debian's packages (apt-get install -y gunicorn)" >&2
  if [[ $(id -u) -ne 0 ]]; then echo "storm: need root to install gunicorn; install it and rerun" >&2; exit 2; fi
  apt-get install -y -q gunicorn >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q gunicorn >/dev/null; }
fi
"$root/faultline" --version >/dev/null # builds the jar when it is missing or stale
jar="$root/lab/target/faultline.jar"
started=() # pids of the servers this script started: the only ones it ends

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
children() { cat /proc/"$1"/task/*/children 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9]+$' || true; }
state() { awk '{print $3}' /proc/"$1"/stat 2>/dev/null || echo gone; }
# a faultline worker JVM (a process gone meanwhile is none: no error for the race)
is_worker() { cat /proc/"$1"/cmdline 2>/dev/null | tr '\0' ' ' | grep -q WorkerMain; }

# every worker process alive and not stopped (T) or dying (Z)
full_strength() {
  local n=0 pid
  for pid in $(children "$1"); do
    [[ $2 == faultline ]] && ! is_worker "$pid" && continue
    case $(state "$pid") in R|S|D) n=$((n + 1)) ;; esac
  done
  (( n >= WORKERS ))
}

wait_http() {
  local i
  for i in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/health" && return 0
    sleep 0.2
  done
  echo "storm: the server on port $1 never answered /health" >&2; return 1
}

start_side() { # side port -> pid of the server's master
  if [[ $1 == faultline ]]; then
    java -Xmx128m -jar "$jar" serve --mode process --workers "$WORKERS" --port "$2" >"$OUT/$1.log" 2>&1 &
  else
    (cd "$root/bench" && exec gunicorn --workers "$WORKERS" --bind "127.0.0.1:$2" storm_app:app) >"$OUT/$1.log" 2>&1 &
  fi
  echo $!
}

storm() { # side master -> the kills, one a second, logged in OUT/side.kills
  local i pid sig victims
  local signals=(KILL SEGV STOP TERM)
  RANDOM=$SEED
  sleep "$LEAD"
  for i in $(seq 1 "$KILLS"); do
    sig=${signals[RANDOM % 4]}
    mapfile -t victims < <(children "$2")
    if [[ $1 == faultline ]]; then
      mapfile -t victims < <(for pid in "${victims[@]}"; do is_worker "$pid" && echo "$pid"; done)
    fi
    if (( ${#victims[@]} > 0 )); then
      pid=${victims[RANDOM % ${#victims[@]}]}
      kill -s "$sig" "$pid" 2>/dev/null && echo "$(date +%s.%N) SIG$sig $pid $(state "$pid")" >>"$OUT/$1.kills"
    else
      echo "$(date +%s.%N) no worker to signal" >>"$OUT/$1.kills"
    fi
    sleep "$EVERY"
  done
  date +%s.%N >"$OUT/$1.storm-end"
  recovery "$1" "$2" >"$OUT/$1.recovery" # while the load still runs, as an operator would see it
}

recovery() { # side master -> seconds from the last signal to full strength, or "never"
  local i end
  end=$(cat "$OUT/$1.storm-end")
  for i in $(seq 1 $((RECOVER_LIMIT * 10))); do
    if full_strength "$2" "$1"; then
      python3 -c "import time; print(f'{time.time() - $end:.1f} s')"
      return
    fi
    sleep 0.1
  done
  echo "never (within ${RECOVER_LIMIT} s)"
}

end_side() { # master: SIGTERM, then SIGKILL to it and any worker left (stopped ones get SIGCONT)
  local pid kids
  kids=$(children "$1")
  for pid in $kids; do kill -CONT "$pid" 2>/dev/null || true; done
  kill -TERM "$1" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$1" 2>/dev/null || true
  for pid in $kids; do kill -KILL "$pid" 2>/dev/null || true; done
  wait "$1" 2>/dev/null || true
}
trap 'for p in "${started[@]}"; do end_side "$p"; done' EXIT

for side in $SIDES; do
  port=$(free_port)
  master=$(start_side "$side" "$port")
  started+=("$master")
  wait_http "$port"
  until full_strength "$master" "$side"; do sleep 0.2; done
  echo "storm: $side (master pid $master) on port $port, $WORKERS workers; $KILLS signals, one every $EVERY s from second $LEAD" >&2
  storm "$side" "$master" &
  stormer=$!
  "$root/faultline" load --target "$side=http://127.0.0.1:$port" --rate "$RATE" --cost "$COST" \
      --duration "${DURATION}s" --seed "$SEED" --report-json "$OUT/$side.json" >"$OUT/$side.load.txt" 2>&1 || true
  wait "$stormer"
  back=$(cat "$OUT/$side.recovery")
  kids=0
  for pid in $(children "$master"); do case $(state "$pid") in R|S|D) kids=$((kids + 1)) ;; esac; done
  pauses=""
  [[ $side == faultline ]] && pauses=$(curl -sf "http://127.0.0.1:$port/status" || true)
  python3 - "$OUT/$side.json" "$side" "$back" "$kids" "$(grep -c SIG "$OUT/$side.kills" || true)" "$pauses" <<'PY'
import json, sys
report, side, back, kids, kills, status = sys.argv[1:]
t = json.load(open(report))["targets"][side]
print(f"{side:9}  signals {kills}  sent {t['sent']}  ok {t['ok']}  failed {t['failed']}  "
      f"availability {100 * t['availability']:.2f}%  errors {t['errors']}")
print(f"{'':9}  full strength {back} after the last signal; worker processes up at the end: {kids}")
if status:
    r = json.loads(status)["recovery"]
    print(f"{'':9}  pool paused {r['pauses']} times; phase at the end: {r['phase']}")
PY
  end_side "$master"
done
echo "storm: reports, logs and the signals sent are in $OUT" >&2
