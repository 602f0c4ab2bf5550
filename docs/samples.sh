#!/usr/bin/env bash
# docs/samples.sh: produces every console sample README.md and the docs/*.md pages show from a real
# run, then puts each one into the pages, so that no sample is pasted by hand or left behind by the
# code.
#
#   docs/samples.sh                  # every sample (about 30 minutes: the matrix takes ~4, bench
#                                    # all ~5, bench overhead ~2, boots ~6, the storm ~3, the hard
#                                    # storm ~5, the soak ~10)
#   docs/samples.sh status load      # only these (names: demo matrix curl status live load stall
#                                    # bench overhead jmh boots storm storm-hard soak)
#   docs/samples.sh --pages          # runs nothing: copies docs/samples/* into the pages
#   MATRIX_FLAGS="--faults segfault,hang" docs/samples.sh matrix   # a shorter matrix, for trying
#
# Each sample goes to docs/samples/<name>.txt, stamped on its first line with the commit (plus
# "-dirty" when the tree had changes), the date, the machine and its load average. Two more are
# cut from those, never run: demo-summary.txt (the demo's table) and claims.md (the seven claims
# of bench.txt with their verdicts), for the README. A page includes each one verbatim between
# <!-- sample:NAME --> and <!-- /sample:NAME -->, a .txt in a code fence, a .md as it is; this
# script rewrites those blocks, and SamplesTest (lab) fails the build when a block differs from
# its file or a sample is shown nowhere. Every server it starts binds 127.0.0.1 on a free port and is
# stopped by its PID, also on Ctrl-C or an error.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="$root/docs/samples"
pages=("$root/README.md" "$root"/docs/*.md)
fl="$root/faultline"
token="samples-token"
export FAULTLINE_CHAOS_TOKEN="$token" # the servers and the load client read it from the environment (never a flag: ps shows flags)
all=(demo matrix curl status live load stall bench overhead jmh boots storm storm-hard soak)
work=$(mktemp -d)
pids=()

cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill -CONT "$pid" 2>/dev/null || true # a stopped server (the stall sample) cannot handle TERM
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "samples: interrupted; stopping what it started" >&2; exit 130' INT TERM

commit="$(git -C "$root" rev-parse --short HEAD)"
[[ -z "$(git -C "$root" status --porcelain)" ]] || commit+="-dirty"
memory="$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
machine="$(uname -srm), $(nproc) CPUs, $memory memory"

stamp() {
  echo "# docs/samples.sh on commit $commit, $(date -u '+%Y-%m-%d %H:%M UTC'); $machine;" \
    "load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# The command as one would type it: ./faultline for the script's path, odd words single-quoted.
typed() {
  local word line=""
  for word in "${@/#$fl/./faultline}"; do
    [[ "$word" =~ ^[A-Za-z0-9_./:=,@%+-]+$ ]] || word="'$word'"
    line+="${line:+ }$word"
  done
  echo "\$ $line"
}

# Runs a command in the background (so that Ctrl-C reaches the trap), prints it as typed, its
# output, then its exit status when it is not 0.
show() {
  local out="$work/out.$RANDOM" rc=0 pid
  typed "$@"
  "$@" >"$out" 2>&1 &
  pid=$!
  pids+=("$pid")
  wait "$pid" || rc=$?
  cat "$out"
  [[ ! -s "$out" || -z "$(tail -c 1 "$out")" ]] || echo # curl prints no final newline
  [[ $rc -eq 0 ]] || echo "exit status $rc"
}

# Starts `faultline serve` on a free loopback port (--port 0); sets $pid and $port.
serve() {
  local name="$1" log="$work/$1.log"
  shift
  "$fl" serve --port 0 --run-dir "$work/$name" "$@" >"$log" 2>&1 &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 1200); do
    port="$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$log" | head -n 1 | sed 's/.*://')" || true
    [[ -n "$port" ]] && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "samples: server $name did not start" >&2; exit 1; }
    sleep 0.1
  done
  echo "samples: server $name did not listen within 120 s" >&2
  exit 1
}

stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Waits (at most 60 s) until a server reports every unit ready, so that /status shows the pool whole.
whole() {
  for _ in $(seq 600); do
    curl -s "localhost:$1/status" | grep -Eq '"units":([0-9]+),"ready":\1[,}]' && return 0
    sleep 0.1
  done
}

# One curl request of a tour: the command, its answer, a blank line.
ask() {
  show curl -s "$@"
  echo
}

sample_demo() { show "$fl" demo --duration 15s; }

# shellcheck disable=SC2086 # MATRIX_FLAGS is a list of flags
# Then the liveness timeout's measured headroom in each trial (from each process server's /status).
sample_matrix() {
  show "$fl" matrix --run-dir "$work/matrix" ${MATRIX_FLAGS:-}
  show grep -rh 'longest heartbeat silence' "$work/matrix" --include=servers.log
}

# The requests of "Run each mode alone": a process-mode server with 2 workers.
sample_curl() {
  serve curl --mode process --workers 2
  local p=$port server=$pid
  ask "localhost:$p/work?input=42&cost=10"
  ask "localhost:$p/work?input=42&cost=10&fault=segfault" -H "X-Chaos-Token: $token"
  ask "localhost:$p/work?input=42&cost=10&fault=exit"
  ask "localhost:$p/work?input=x&cost=10"
  whole "$p"
  ask "localhost:$p/status"
  stop "$server"
}

# /status of both modes with 2 units after a few requests, fault parameters, and `corrupt`.
sample_status() {
  serve status-process --mode process --workers 2
  local pp=$port process=$pid
  serve status-thread --mode thread --workers 2
  local tp=$port thread=$pid
  for _ in 1 2 3; do
    curl -s "localhost:$pp/work?input=42&cost=10" >/dev/null
    curl -s "localhost:$tp/work?input=42&cost=10" >/dev/null
  done
  echo "# after 3 plain requests of input=42&cost=10 to each server"
  ask "localhost:$pp/status"
  ask "localhost:$tp/status"
  ask "localhost:$pp/work?input=42&cost=10&fault=leak:mb=9999" -H "X-Chaos-Token: $token"
  ask "localhost:$tp/work?input=42&cost=10&fault=corrupt" -H "X-Chaos-Token: $token"
  ask "localhost:$tp/work?input=42&cost=10"
  ask "localhost:$pp/work?input=42&cost=10&fault=corrupt" -H "X-Chaos-Token: $token"
  ask "localhost:$tp/status"
  stop "$process"
  stop "$thread"
}

# The live views of both modes (issue 12): after a few plain requests, one segfault into the
# process-mode server and one hung request in the thread-mode server.
sample_live() {
  serve live-process --mode process --workers 2
  local pp=$port process=$pid
  serve live-thread --mode thread --workers 2
  local tp=$port thread=$pid
  for _ in 1 2 3; do
    curl -s "localhost:$pp/work?input=42&cost=10" >/dev/null
    curl -s "localhost:$tp/work?input=42&cost=10" >/dev/null
  done
  ask "localhost:$pp/work?input=42&cost=10&fault=segfault" -H "X-Chaos-Token: $token"
  whole "$pp"
  curl -s -m 1 "localhost:$tp/work?input=7&cost=10&fault=hang" -H "X-Chaos-Token: $token" >/dev/null || true
  echo "# a hang request went to the thread-mode server 1 s ago: curl gave up, the thread did not"
  ask "localhost:$pp/status"
  ask "localhost:$pp/status?format=text"
  ask "localhost:$tp/status?format=text"
  typed curl -s "localhost:$pp/metrics"
  echo "# (the faultline_ lines only, histogram buckets left out)"
  curl -s "localhost:$pp/metrics" | grep -E '^faultline_' | grep -v '_bucket'
  stop "$process"
  stop "$thread"
}

# The load client against both modes, with faults.
sample_load() {
  serve load-process --mode process --workers 4
  local pp=$port process=$pid
  serve load-thread --mode thread --workers 4
  local tp=$port thread=$pid
  show "$fl" load --target "process=http://127.0.0.1:$pp" --target "thread=http://127.0.0.1:$tp" \
    --rate 200 --duration 10s --faults segfault,exception --fault-every 5s
  stop "$process"
  stop "$thread"
}

# Coordinated omission seen for real: a one-thread server stopped for one second (SIGSTOP, then
# SIGCONT) 5 s after the client started, under a closed loop and then under the default open loop.
sample_stall() {
  serve stall --mode thread --workers 1
  local p=$port server=$pid flags=(--rate 100 --duration 6s --warmup 2s --cost 0)
  stalled "$server" "$fl" load --target "thread=http://127.0.0.1:$p" "${flags[@]}" --connections 2 \
    --threshold 'thread.latency.p99<100ms'
  echo
  stalled "$server" "$fl" load --target "thread=http://127.0.0.1:$p" "${flags[@]}" \
    --threshold 'thread.latency.p99<100ms'
  stop "$server"
}

stalled() {
  local server="$1"
  shift
  (sleep 5 && kill -STOP "$server" && sleep 1 && kill -CONT "$server") &
  pids+=($!)
  echo "# the server (pid $server) gets SIGSTOP 5 s after this command starts, SIGCONT 1 s later"
  show "$@"
}

# The lesson's seven claims measured (issue 9): the console's last lines and the Markdown report.
sample_bench() {
  local rc=0
  typed "$fl" bench all --report-json b.json --report-md b.md
  "$fl" bench all --report-json "$work/b.json" --report-md "$work/b.md" >"$work/bench.out" 2>&1 &
  pids+=($!)
  wait $! || rc=$?
  echo "# (its progress lines left out; the last three:)"
  tail -n 3 "$work/bench.out"
  echo "# b.md:"
  cat "$work/b.md"
  [[ $rc -eq 0 ]] || echo "exit status $rc"
}

# What process mode costs against thread mode, every goal of issue 10 with its ratio.
sample_overhead() { show "$fl" bench overhead --report-json "$work/o.json"; }

# The codec and the dispatch path under JMH with -prof gc: its summary table (time and bytes per op).
sample_jmh() {
  local jar="$root/jmh/target/benchmarks.jar" rc=0
  typed java -jar jmh/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc
  java -jar "$jar" -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc >"$work/jmh.out" 2>&1 &
  pids+=($!)
  wait $! || rc=$?
  echo "# (the summary table only; rows: time per op, and gc.alloc.rate.norm = bytes per op)"
  sed -n '/^Benchmark /,$p' "$work/jmh.out" |
    awk '/^Benchmark / || (/ avgt / && ($1 !~ /:gc\./ || $1 ~ /alloc\.rate\.norm/))'
  [[ $rc -eq 0 ]] || echo "exit status $rc"
}

# How many workers boot at once: K slot workers killed together, K = 0..4, under the storm's load.
sample_boots() { show "$root/bench/boots.sh"; }

# Forty outside signals at random workers, faultline against gunicorn under the same load.
sample_storm() { show "$root/bench/storm.sh"; }

# The harder storm: 240 outside signals, two a second for two minutes, same load, both servers.
sample_storm-hard() { show env KILLS=240 EVERY=0.5 DURATION=130 "$root/bench/storm.sh"; }

# A thousand worker deaths of mixed causes against one process-mode server (issue 11).
sample_soak() { show "$fl" soak --crashes 1000; }

# The README's excerpts, cut from the samples they come from (nothing is run).
derive() {
  awk 'NR == 2 { print; print "# (its log and progress lines left out: the whole run is in docs/demo.md)" }
    NR == 1 { print }
    /^ +thread +process$/ { table = 1 }
    table' "$samples/demo.txt" >"$samples/demo-summary.txt"
  awk 'NR == 1 { stamp = $0; sub(/^# /, "", stamp) }
    /^\| # \| claim \|/ { table = 1; next }
    table && /^\| --- / { next }
    table && /^\| / {
      n = split(substr($0, 3, length($0) - 4), cell, / \| /)
      rows = rows "| " cell[1] " | " cell[2] " | " cell[n] " |\n"; next
    }
    table { table = 0 }
    END {
      print "Measured by `./faultline bench all` (" stamp "):"
      print ""; print "| # | claim | verdict |"; print "| --- | --- | --- |"; printf "%s", rows
    }' "$samples/bench.txt" >"$samples/claims.md"
}

# Copies every docs/samples/NAME.txt (in a code fence) or NAME.md (as it is) into each page that
# marks it.
rewrite_pages() {
  local page
  derive
  for page in "${pages[@]}"; do
    awk -v dir="$samples" '
      /^<!-- \/sample:[a-z-]+ -->$/ { copying = 0 }
      copying { next }
      { print }
      /^<!-- sample:[a-z-]+ -->$/ {
        name = $0; sub(/^<!-- sample:/, "", name); sub(/ -->$/, "", name)
        file = dir "/" name ".txt"; fence = 1
        if ((getline line < file) <= 0) { file = dir "/" name ".md"; fence = 0 }
        else close(file)
        if ((getline line < file) > 0) {
          if (fence) print "```"
          print line
          while ((getline line < file) > 0) print line
          close(file); if (fence) print "```"
          copying = 1
        }
      }' "$page" >"$work/page.md"
    cat "$work/page.md" >"$page"
  done
  echo "samples: the pages now include $(ls "$samples" | wc -l) samples from docs/samples"
}

main() {
  local names=("$@") name
  if [[ "${1:-}" == "--pages" || "${1:-}" == "--readme" ]]; then rewrite_pages; return; fi
  [[ ${#names[@]} -gt 0 ]] || names=("${all[@]}")
  for name in "${names[@]}"; do
    declare -F "sample_$name" >/dev/null || { echo "samples: no sample '$name' (${all[*]})" >&2; exit 2; }
  done
  mkdir -p "$samples"
  "$fl" --version >/dev/null # builds the jar now, so that no sample shows the build
  for name in "${names[@]}"; do
    echo "samples: $name ..." >&2
    { stamp; "sample_$name"; } >"$work/$name.txt"
    mv "$work/$name.txt" "$samples/$name.txt"
    echo "samples: wrote docs/samples/$name.txt ($(wc -l <"$samples/$name.txt") lines)" >&2
  done
  rewrite_pages
}

main "$@"
