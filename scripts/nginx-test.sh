#!/usr/bin/env bash
# Serves the built site with deploy/nginx.conf on a loopback port and runs the deploy e2e specs
# against it (three modes, security headers, offline reload, data-update notice, the pack).
#
#   scripts/nginx-test.sh                      # dist/ on 127.0.0.1:4190
#   NGINX_PORT=4405 E2E_DIST=/tmp/dist-x scripts/nginx-test.sh [extra playwright args]
#
# Needs no root: nginx runs with a prefix in a temporary folder (pid, logs and temp files there)
# and serves a copy of the site, which the tests may change (the data-update test does).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${NGINX_PORT:-4190}"
DIST="${E2E_DIST:-dist}"
NGINX="${NGINX_BIN:-$(command -v nginx || echo /usr/sbin/nginx)}"
MIME_TYPES="${NGINX_MIME_TYPES:-/etc/nginx/mime.types}"

[ -x "$NGINX" ] || { echo "nginx not found: install Debian's nginx (apt-get install nginx-light)" >&2; exit 1; }
[ -f "$DIST/index.html" ] || { echo "no build in $DIST: run vite build first" >&2; exit 1; }
[ -f "$MIME_TYPES" ] || { echo "no mime.types at $MIME_TYPES (set NGINX_MIME_TYPES)" >&2; exit 1; }

TMP="$(mktemp -d "${TMPDIR:-/tmp}/renewal-nginx.XXXXXX")"
NGINX_PID=""
cleanup() {
  if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
    kill "$NGINX_PID" 2>/dev/null || true
    wait "$NGINX_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

mkdir -p "$TMP/logs" "$TMP/temp"
cp -R "$DIST" "$TMP/site"
# Workers of an nginx started as root run as an unprivileged user: let them read the copy.
chmod -R a+rX "$TMP"

# The deploy config as shipped, with only its listen and root lines replaced.
sed -e "s|^\( *\)listen 80;|\1listen 127.0.0.1:${PORT};|" \
    -e "s|^\( *\)root /var/www/renewal-map;|\1root ${TMP}/site;|" \
    deploy/nginx.conf >"$TMP/site.conf"
grep -q "listen 127.0.0.1:${PORT};" "$TMP/site.conf" && grep -q "root ${TMP}/site;" "$TMP/site.conf" \
  || { echo "deploy/nginx.conf: expected 'listen 80;' and 'root /var/www/renewal-map;' lines" >&2; exit 1; }

cat >"$TMP/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid ${TMP}/nginx.pid;
error_log ${TMP}/logs/error.log warn;
events { worker_connections 256; }
http {
    include ${MIME_TYPES};
    default_type application/octet-stream;
    sendfile on;
    access_log ${TMP}/logs/access.log;
    client_body_temp_path ${TMP}/temp/client_body;
    proxy_temp_path ${TMP}/temp/proxy;
    fastcgi_temp_path ${TMP}/temp/fastcgi;
    uwsgi_temp_path ${TMP}/temp/uwsgi;
    scgi_temp_path ${TMP}/temp/scgi;
    include ${TMP}/site.conf;
}
CONF

"$NGINX" -e "$TMP/logs/error.log" -p "$TMP" -c "$TMP/nginx.conf" -t -q
"$NGINX" -e "$TMP/logs/error.log" -p "$TMP" -c "$TMP/nginx.conf" &
NGINX_PID=$!

for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/${PORT}") 2>/dev/null; then break; fi
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$TMP/logs/error.log" >&2; exit 1; }
  sleep 0.1
done
echo "nginx $("$NGINX" -v 2>&1 | sed 's/.*\///') serving $DIST on http://127.0.0.1:${PORT}/"

status=0
E2E_BASE_URL="http://127.0.0.1:${PORT}/" E2E_SITE_ROOT="$TMP/site" E2E_DIST="$DIST" \
  npx playwright test tests/e2e/deploy.spec.ts "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- nginx error log ---" >&2
  tail -n 30 "$TMP/logs/error.log" >&2 || true
fi
exit "$status"
