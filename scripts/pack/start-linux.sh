#!/usr/bin/env bash
# Starts the map on this computer (http://127.0.0.1:8765/) and opens it in presenter mode.
# Needs python3 (on almost every Linux desktop) or Node.js 18+. Close the terminal to stop.
# PORT=9000 picks another port; NO_BROWSER=1 skips opening the browser; RENEWAL_SERVER=node
# uses Node even when python3 is there.
cd "$(dirname "$0")" || exit 1
if [ "${RENEWAL_SERVER:-}" != node ] && command -v python3 >/dev/null 2>&1; then
  exec python3 serve.py
elif command -v node >/dev/null 2>&1; then
  exec node serve.mjs
fi
echo "Needs python3 or Node.js (see README.txt). / 需要 python3 或 Node.js（见 README.txt）。" >&2
exit 1
