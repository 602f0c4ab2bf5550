#!/usr/bin/env bash
# docs/live-samples.sh: produces the README's /status, /status?format=text and /metrics samples from
# a real run: a process-mode and a thread-mode server with 2 units each on free loopback ports, a
# few plain requests, one segfault into the process-mode server and one hung request in the
# thread-mode server, then the three endpoints of each. Stops both servers (by pid) on the way out.
#
#   docs/live-samples.sh > samples.txt
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
token=sample-token-$$
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
pport=$(free_port); tport=$(free_port)
"$root/faultline" serve --mode process --port "$pport" --workers 2 --chaos-token "$token" \
  --run-dir "$work/process" >"$work/process.log" 2>&1 & pids+=($!)
JAVA_OPTS=-Xmx128m "$root/faultline" serve --mode thread --port "$tport" --threads 2 --chaos-token "$token" \
  --run-dir "$work/thread" >"$work/thread.log" 2>&1 & pids+=($!)
for port in "$pport" "$tport"; do
  for _ in $(seq 1 120); do curl -fs "localhost:$port/health" >/dev/null && break; sleep 0.5; done
done
for i in 1 2 3 4; do
  curl -s "localhost:$pport/work?input=$i&cost=10" >/dev/null
  curl -s "localhost:$tport/work?input=$i&cost=10" >/dev/null
done
run() { echo "\$ $*"; eval "$@"; echo; }
run "curl -s 'localhost:$pport/work?input=42&cost=10&fault=segfault' -H 'X-Chaos-Token: $token'"
for _ in $(seq 1 60); do
  curl -s "localhost:$pport/status" | grep -q '"ready":2' && break; sleep 0.5
done
curl -s -m 1 "localhost:$tport/work?input=42&cost=10&fault=hang" -H "X-Chaos-Token: $token" >/dev/null || true
run "curl -s localhost:$pport/status"
run "curl -s 'localhost:$pport/status?format=text'"
run "curl -s 'localhost:$tport/status?format=text'"
run "curl -s localhost:$pport/metrics | grep -E '^faultline_(requests|worker_deaths|worker_restarts|worker_recovery_seconds_count|units|queue)'"
