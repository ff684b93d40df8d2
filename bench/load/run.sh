#!/usr/bin/env bash
# One command for the end-to-end load bench: builds, starts a throw-away platform (its own
# PostgreSQL cluster, transcendence-server, nginx with the shared config, free ports), runs
# match_load against it through nginx, and stops everything it started. Arguments go to
# match_load, e.g.:
#   bench/load/run.sh --matches 100,200,500,1000 --seconds 20 --encoding binary --idle 3000
# Against a platform you started yourself (scripts/run), run build/bench/load/match_load directly
# with --url, --ca, --server-pid and --nginx-pid (bench/README.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/platform.sh"

BUILD_DIR="${TRANSCENDENCE_BUILD_DIR:-$REPO_ROOT/build}"
if [[ "${TRANSCENDENCE_BENCH_NO_BUILD:-}" != 1 ]]; then
  platform_build "$BUILD_DIR" -DTRANSCENDENCE_BUILD_BENCH=ON
fi
[[ -x "$BUILD_DIR/bench/load/match_load" ]] || die "no $BUILD_DIR/bench/load/match_load: configure with -DTRANSCENDENCE_BUILD_BENCH=ON"

mkdir -p "$REPO_ROOT/.local"
STATE=$(mktemp -d "$REPO_ROOT/.local/bench.XXXXXX")
chmod 755 "$STATE"
cleanup() {
  platform_stop
  if [[ -n "$PLATFORM_PG_DIR" ]]; then pg_destroy "$PLATFORM_PG_DIR" || true; fi
  rm -rf "$STATE"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

unset DATABASE_URL
HTTPS_PORT=$(free_port)
HTTP_PORT=$(free_port)
export TRANSCENDENCE_PUBLIC_URL="https://localhost:$HTTPS_PORT"
export TRANSCENDENCE_WEB_ROOT="$BUILD_DIR/web"
export TRANSCENDENCE_SECRET_KEY
TRANSCENDENCE_SECRET_KEY=$(openssl rand -base64 48 | tr -d '\n')
# The bots all sign up from 127.0.0.1.
export TRANSCENDENCE_REGISTRATIONS_PER_HOUR=100000
export TRANSCENDENCE_WS_PER_ADDRESS=100000 # every bench socket comes from 127.0.0.1 (the cap is per client address)

platform_start_database "$STATE/postgres" "$(free_port)"
tls_ensure "$STATE/tls"
# TRANSCENDENCE_BENCH_SERVER: another server binary (e.g. an older build, for "before" numbers).
platform_start_server "${TRANSCENDENCE_BENCH_SERVER:-$BUILD_DIR/server/transcendence-server}" "$STATE/server.log" 0
SERVER_PID="${PLATFORM_PIDS[-1]}"
platform_start_nginx "$STATE/nginx" "$HTTP_PORT" "$HTTPS_PORT" "$BUILD_DIR/web" "$STATE/tls"
NGINX_PID="${PLATFORM_PIDS[-1]}"
log "Platform for the bench: https://localhost:$HTTPS_PORT (server PID $SERVER_PID, nginx PID $NGINX_PID)"
log "$(uptime)"

"$BUILD_DIR/bench/load/match_load" --url "https://localhost:$HTTPS_PORT" --ca "$STATE/tls/ca.pem" \
  --server-pid "$SERVER_PID" --nginx-pid "$NGINX_PID" --metrics-port "$SERVER_PORT" "$@"
log "$(uptime)"
