#!/usr/bin/env bash
# What scripts/run and scripts/test share: install, build, and start/stop the platform
# (private PostgreSQL, transcendence-server, nginx in front). Sourced, not executed.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$REPO_ROOT/scripts/lib/bootstrap.sh"
source "$REPO_ROOT/scripts/lib/postgres.sh"
source "$REPO_ROOT/scripts/lib/tls.sh"
source "$REPO_ROOT/scripts/lib/nginx.sh"
source "$REPO_ROOT/scripts/lib/redis.sh"
source "$REPO_ROOT/scripts/lib/mail.sh"

PLATFORM_PIDS=()      # started by us, stopped by us (by PID, newest first)
PLATFORM_PG_DIR=""    # our private cluster, if we started one
SERVER_PORTS=()       # every instance platform_start_server started, in order
SERVER_PIDS=()        # and their PIDs
SERVER_SOCKETS=()     # and the Unix socket each offers nginx (TRANSCENDENCE_HTTP_SOCKET)

log() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs packages and front-end dependencies, then configures and builds.
platform_build() {
  local build_dir="$1"; shift
  bootstrap_packages
  local stamp="$REPO_ROOT/node_modules/.package-lock.sha256"
  local want
  want=$(sha256sum "$REPO_ROOT/package-lock.json" | cut -d' ' -f1)
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    log "Installing front-end packages (npm ci)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
  log "Building (Release) in $build_dir"
  mkdir -p "$build_dir"
  # TRANSCENDENCE_CMAKE_ARGS: extra configure options, e.g. "-DTRANSCENDENCE_TEST_SUITES=integration".
  # shellcheck disable=SC2086
  cmake -S "$REPO_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" ${TRANSCENDENCE_CMAKE_ARGS:-} >"$build_dir/configure.log" 2>&1 ||
    { cat "$build_dir/configure.log" >&2; die "cmake configure failed"; }
  cmake --build "$build_dir" --parallel "$(nproc)"
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Starts the private cluster in $1 on port $2 (unless DATABASE_URL is set) and sets DATABASE_URL.
platform_start_database() {
  local dir="$1" port="$2"
  if [[ -n "${DATABASE_URL:-}" ]]; then
    log "Using the database at DATABASE_URL"
    return 0
  fi
  log "Starting a private PostgreSQL cluster in $dir (port $port, Unix socket only)"
  pg_init "$dir" "$port"
  pg_start "$dir"
  PLATFORM_PG_DIR="$dir"
  DATABASE_URL=$(pg_url "$dir")
  export DATABASE_URL
}

# Starts a private Redis in $1 (Unix socket only) and exports TRANSCENDENCE_REDIS_URL.
platform_start_redis() {
  local dir="$1" pid
  log "Starting a private Redis in $dir (Unix socket only)"
  pid=$(redis_start "$dir") || die "redis-server did not start (log: $dir/redis.log)"
  PLATFORM_PIDS+=("$pid")
  TRANSCENDENCE_REDIS_URL=$(redis_url "$dir")
  export TRANSCENDENCE_REDIS_URL
}

# Starts transcendence-server; waits for its "listening" line; sets SERVER_PORT and appends it
# to SERVER_PORTS (nginx proxies to every one). The server also listens on a Unix socket beside its
# log (LOG.sock, appended to SERVER_SOCKETS), which nginx uses instead of loopback TCP: a proxied
# request costs both sides less CPU (bench/README.md, api_bench). PLATFORM_PROXY_SOCKET=0: TCP only.
platform_start_server() {
  local binary="$1" log_file="$2" port="$3"
  local socket=""
  if [[ "${PLATFORM_PROXY_SOCKET:-1}" != 0 ]]; then socket="${log_file%.log}.sock"; fi
  # A Unix socket's path has at most 107 bytes: a deeper state folder falls back to TCP.
  if (( ${#socket} > 100 )); then socket=""; fi
  : >"$log_file"
  # nginx connects through the socket, or from 127.0.0.2 over TCP (proxy_bind,
  # scripts/lib/nginx.sh): only its X-Real-IP is believed, not that of any other local process.
  (cd "$REPO_ROOT" && TRANSCENDENCE_HTTP_HOST=127.0.0.1 TRANSCENDENCE_HTTP_PORT="$port" \
    TRANSCENDENCE_HTTP_SOCKET="$socket" \
    TRANSCENDENCE_TRUSTED_PROXIES="${TRANSCENDENCE_TRUSTED_PROXIES:-127.0.0.2/32}" exec "$binary") >>"$log_file" 2>&1 &
  local pid=$!
  PLATFORM_PIDS+=("$pid")
  local i
  for i in $(seq 1 300); do
    SERVER_PORT=$(sed -n 's/.*"event":"listening".*"port":\([0-9]*\).*/\1/p' "$log_file" | head -n 1)
    if [[ -n "$SERVER_PORT" ]]; then
      SERVER_PORTS+=("$SERVER_PORT"); SERVER_PIDS+=("$pid"); SERVER_SOCKETS+=("$socket")
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$log_file" >&2; die "transcendence-server exited during start-up"; }
    sleep 0.1
  done
  die "transcendence-server did not start listening within 30 s (log: $log_file)"
}

# Renders the shared nginx site config for our ports and starts nginx in front of the server.
platform_start_nginx() {
  local state="$1" http_port="$2" https_port="$3" web_root="$4" tls_dir="$5"
  local port
  for port in "$http_port" "$https_port"; do
    if port_in_use "$port"; then die "port $port is already in use (another scripts/run?)"; fi
  done
  # Several instances: "server a; server b" in the template's one upstream line.
  local upstream="" p
  local i
  for i in "${!SERVER_PORTS[@]}"; do
    if [[ -n "${SERVER_SOCKETS[$i]:-}" ]]; then p="unix:${SERVER_SOCKETS[$i]}"; else p="127.0.0.1:${SERVER_PORTS[$i]}"; fi
    upstream+="${upstream:+; server }$p"
  done
  [[ -n "$upstream" ]] || upstream="127.0.0.1:$SERVER_PORT"
  # proxy_bind is for TCP (nginx's own loopback address); a Unix socket needs none.
  local proxy_bind="${NGINX_PROXY_BIND:-127.0.0.2}"
  if [[ "$upstream" == unix:* ]]; then proxy_bind=off; fi
  NGINX_BIND=127.0.0.1 NGINX_HTTP_PORT="$http_port" NGINX_HTTPS_PORT="$https_port" \
  NGINX_PUBLIC_HTTPS_PORT="$https_port" NGINX_SERVER_NAME=localhost NGINX_UPSTREAM="$upstream" \
  NGINX_WEB_ROOT="$web_root" NGINX_TLS_CERT="$tls_dir/server.pem" NGINX_TLS_KEY="$tls_dir/server.key" \
  NGINX_PROXY_BIND="$proxy_bind" nginx_render "$state"
  nginx_test "$state" || die "nginx rejected the configuration"
  PLATFORM_PIDS+=("$(nginx_start "$state")")
  local i
  for i in $(seq 1 100); do
    if curl -fsS --cacert "$tls_dir/ca.pem" "https://localhost:$https_port/healthz" >/dev/null 2>&1; then return 0; fi
    sleep 0.1
  done
  tail -n 20 "$state/logs/error.log" >&2 || true
  die "nginx did not answer on https://localhost:$https_port"
}

# Stops what we started: nginx and the server by PID (SIGTERM, then wait), then our cluster.
platform_stop() {
  local i pid
  for ((i = ${#PLATFORM_PIDS[@]} - 1; i >= 0; i--)); do
    pid="${PLATFORM_PIDS[$i]}"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  PLATFORM_PIDS=()
  SERVER_PIDS=()
  SERVER_PORTS=()
  SERVER_SOCKETS=()
  if [[ -n "$PLATFORM_PG_DIR" ]]; then
    pg_stop "$PLATFORM_PG_DIR" || true
  fi
}
