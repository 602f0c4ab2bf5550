#!/usr/bin/env bash
# docs/report-screenshot.sh: takes the docs' screenshots of the HTML reports in headless Chromium,
# with no network at all (in a fresh network namespace when `unshare -n` works, as root does).
#
#   docs/report-screenshot.sh [KIND...]            # runs each report's command, shoots its page
#   docs/report-screenshot.sh --html KIND FILE     # shoots an existing page instead
#   OUT=shot.png docs/report-screenshot.sh ...     # one KIND, written elsewhere
#
# KIND (default: all four):
#   load      docs/report.png           faultline demo --duration 20s --report-html
#   matrix    docs/matrix-report.png    faultline matrix --report-html (every fault, both modes)
#   bench     docs/bench-report.png     faultline bench all --report-html
#   overhead  docs/overhead-report.png  faultline bench overhead --report-html
# Each page is one file with uPlot inlined; nothing is fetched. Installs Debian's chromium
# (.ci/apt-need) when it is missing and we are root. Prints each PNG's path and size; exits 2 when
# it cannot take a shot.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the same installer as CI: names the package and exits 2 when it is missing and we are not root
"$root/.ci/apt-need" chromium

png_of() {
  case "$1" in
    load) echo "$root/docs/report.png" ;;
    matrix | bench | overhead) echo "$root/docs/$1-report.png" ;;
    *) echo "screenshot: unknown kind '$1' (load, matrix, bench, overhead)" >&2; exit 2 ;;
  esac
}

# window sizes: the whole page of a default run
size_of() {
  case "$1" in
    load) echo "${WINDOW:-1000,1850}" ;;
    matrix) echo "${WINDOW:-1150,4600}" ;;
    bench) echo "${WINDOW:-1150,3000}" ;;
    overhead) echo "${WINDOW:-1150,1100}" ;;
  esac
}

# runs the kind's command; its page goes to $2 (a matrix with an invalid row or a bench with a part
# not measured still writes its page, which says so: its exit status is printed, not fatal)
make_page() {
  local f="$root/faultline"
  case "$1" in
    load) "$f" demo --duration 20s --report-html "$2" ;;
    matrix) "$f" matrix --report-html "$2" --run-dir "$work/matrix-run" ;;
    bench) "$f" bench all --report-html "$2" --run-dir "$work/bench-run" ;;
    overhead) "$f" bench overhead --report-html "$2" --run-dir "$work/overhead-run" ;;
  esac
}

shoot() { # kind html
  local out="${OUT:-$(png_of "$1")}" offline=()
  if unshare -n true 2>/dev/null; then offline=(unshare -n); fi
  "${offline[@]}" chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile-$1" \
    --hide-scrollbars --window-size="$(size_of "$1")" --screenshot="$out" "file://$2" \
    >"$work/chromium.log" 2>&1 \
    || { echo "screenshot: chromium failed:" >&2; cat "$work/chromium.log" >&2; exit 2; }
  [[ -s "$out" ]] || { echo "screenshot: no image written for $1" >&2; exit 2; }
  echo "screenshot: $out ($(stat -c %s "$out") bytes; network: ${offline[*]:-not isolated})"
}

if [[ "${1:-}" == "--html" ]]; then
  png_of "$2" >/dev/null
  shoot "$2" "$(cd "$(dirname "$3")" && pwd)/$(basename "$3")"
  exit 0
fi
kinds=("$@")
(( ${#kinds[@]} > 0 )) || kinds=(load matrix bench overhead)
for kind in "${kinds[@]}"; do
  png_of "$kind" >/dev/null
  make_page "$kind" "$work/$kind.html" || echo "screenshot: $kind exited $?" >&2
  shoot "$kind" "$work/$kind.html"
done
