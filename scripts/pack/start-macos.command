#!/usr/bin/env bash
# Double-click in Finder: starts the map on this Mac (http://127.0.0.1:8765/) and opens it in
# presenter mode. Needs Node.js 18+ or Python 3 (python.org, Homebrew or the Xcode command line
# tools). Close the Terminal window to stop.
cd "$(dirname "$0")" || exit 1
if command -v node >/dev/null 2>&1; then
  exec node serve.mjs
fi
# /usr/bin/python3 is only a stub that offers to install the command line tools when they are absent.
PY="$(command -v python3 || true)"
if [ -n "$PY" ] && { [ "$PY" != /usr/bin/python3 ] || xcode-select -p >/dev/null 2>&1; }; then
  exec "$PY" serve.py
fi
echo "Needs Node.js or Python 3 (see README.txt). / 需要 Node.js 或 Python 3（见 README.txt）。"
read -r -p "Press Enter to close. / 按回车关闭。"
exit 1
