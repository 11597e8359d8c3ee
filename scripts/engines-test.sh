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
# 24-bit colour: the screenshots are checked for the communities' yellow.
exec xvfb-run -a -s '-screen 0 1920x1080x24' \
  node --import tsx --test --test-concurrency=2 --test-reporter=spec \
  tests/engines/firefox.test.ts tests/engines/webkit.test.ts
