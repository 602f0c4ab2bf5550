#!/usr/bin/env bash
# docs/report-screenshot.sh: takes the README's screenshot of the HTML report in headless Chromium,
# with no network at all (in a fresh network namespace when `unshare -n` works, as root does).
#
#   docs/report-screenshot.sh                      # runs `faultline demo --duration 20s`, shoots its report
#   docs/report-screenshot.sh --html FILE          # shoots an existing report instead
#   OUT=shot.png docs/report-screenshot.sh ...     # writes elsewhere than docs/report.png
#
# Installs Debian's chromium (.ci/apt-need) when it is missing and we are root. Prints the PNG's path
# and size; exits 2 when it cannot take the shot.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${OUT:-$root/docs/report.png}"
WINDOW=${WINDOW:-1000,1850}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the same installer as CI: names the package and exits 2 when it is missing and we are not root
"$root/.ci/apt-need" chromium

if [[ "${1:-}" == "--html" ]]; then
  html="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
else
  html="$work/report.html"
  "$root/faultline" demo --duration 20s --report-html "$html" "$@"
fi

offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); fi
"${offline[@]}" chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" --hide-scrollbars \
  --window-size="$WINDOW" --screenshot="$out" "file://$html" >"$work/chromium.log" 2>&1 \
  || { echo "screenshot: chromium failed:" >&2; cat "$work/chromium.log" >&2; exit 2; }
[[ -s "$out" ]] || { echo "screenshot: no image written" >&2; exit 2; }
echo "screenshot: $out ($(stat -c %s "$out") bytes; network: ${offline[*]:-not isolated})"
