#!/usr/bin/env bash
# Smoke tests of the production build in Firefox ESR and WebKitGTK (tests/engines), both engines
# at once, under a virtual X display: Firefox has no WebGL without one, even headless, and
# MiniBrowser is a real window.
#
#   scripts/engines-test.sh                       # dist/ (built first if missing) on 127.0.0.1:4310-4313
#   ENGINES_PORT=4320 E2E_DIST=/tmp/dist-x scripts/engines-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f "${E2E_DIST:-dist}/index.html" ] || npx vite build
command -v xvfb-run >/dev/null 2>&1 || {
  echo "xvfb-run not found: install Debian's xvfb (apt-get install xvfb); the engines need an X display" >&2
  exit 1
}
# 24-bit colour: the screenshots are checked for the communities' yellow. The spec reporter's
# summary comes before the failures' details, so the counts are repeated on the last line.
log="$(mktemp "${TMPDIR:-/tmp}/engines-test.XXXXXX")"
trap 'rm -f "$log"' EXIT
set +e
xvfb-run -a -s '-screen 0 1920x1080x24' \
  node --import tsx --test --test-concurrency=2 --test-reporter=spec \
  tests/engines/firefox.test.ts tests/engines/webkit.test.ts 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed="$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$log" | tail -n 1)"
failed="$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$log" | tail -n 1)"
# A runner that died before its summary still counts as a failure.
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
