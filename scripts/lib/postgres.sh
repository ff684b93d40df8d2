#!/usr/bin/env bash
# A private PostgreSQL 15 cluster in a folder of ours: Unix socket only (no TCP), its own port,
# trust authentication on a socket folder only its owner (and root) can open.
# PostgreSQL refuses to run as root, so as root the cluster belongs to the "postgres" user.
#
# Sourced by scripts/run and scripts/test, and also a command the integration tests call:
#   postgres.sh init DIR PORT     create the cluster (once) and the "transcendence" role + database
#   postgres.sh start DIR         start it and wait until it accepts connections
#   postgres.sh stop DIR          fast shutdown, wait for it
#   postgres.sh url DIR [DB]      print a DATABASE_URL (role transcendence, default DB transcendence)
#   postgres.sh admin-url DIR     print a URL for the superuser (tests create databases with it)
#   postgres.sh destroy DIR       stop and delete
set -euo pipefail

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [[ -x "$dir/pg_ctl" ]]; then echo "$dir"; return 0; fi
  done
  echo "PostgreSQL server binaries not found (install postgresql)" >&2
  return 1
}

# Runs a PostgreSQL binary as the cluster's owner.
pg_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_init() {
  local dir="$1" port="$2" bin
  bin=$(pg_bin_dir)
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$dir"; then
    echo "The postgres user cannot reach $dir (a parent folder is not world-searchable)." >&2
    return 1
  fi
  if [[ ! -f "$dir/data/PG_VERSION" ]]; then
    mkdir -p "$dir/data" "$dir/socket"
    chmod 700 "$dir/data" "$dir/socket"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir" "$dir/data" "$dir/socket"; fi
    pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; return 1; }
    cat >>"$dir/data/postgresql.conf" <<CONF
# written by scripts/lib/postgres.sh
listen_addresses = ''
port = $port
unix_socket_directories = '$dir/socket'
unix_socket_permissions = 0700
timezone = 'UTC'
log_timezone = 'UTC'
fsync = off            # a throw-away development/test cluster: speed over durability
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
    pg_start "$dir"
    pg_as_owner "$bin/psql" -h "$dir/socket" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<'SQL'
CREATE ROLE transcendence LOGIN;
CREATE DATABASE transcendence OWNER transcendence;
SQL
  fi
}

pg_port() {
  sed -n "s/^port = \([0-9]*\)$/\1/p" "$1/data/postgresql.conf" | tail -n 1
}

pg_start() {
  local dir="$1" bin
  bin=$(pg_bin_dir)
  if pg_as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then return 0; fi
  pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null \
    || { tail -n 20 "$dir/postgres.log" >&2; return 1; }
}

pg_stop() {
  local dir="$1" bin
  bin=$(pg_bin_dir)
  [[ -f "$dir/data/PG_VERSION" ]] || return 0
  if pg_as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
  fi
}

pg_url() {
  local dir db="${2:-transcendence}"
  dir=$(cd "$1" && pwd)
  echo "postgresql://transcendence@localhost:$(pg_port "$dir")/$db?host=$dir/socket"
}

pg_admin_url() {
  local dir
  dir=$(cd "$1" && pwd)
  echo "postgresql://postgres@localhost:$(pg_port "$dir")/postgres?host=$dir/socket"
}

pg_destroy() {
  pg_stop "$1" || true
  rm -rf "$1"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  command="${1:-}"; shift || true
  case "$command" in
    init) pg_init "$@" ;;
    start) pg_start "$@" ;;
    stop) pg_stop "$@" ;;
    url) pg_url "$@" ;;
    admin-url) pg_admin_url "$@" ;;
    destroy) pg_destroy "$@" ;;
    *) echo "usage: $0 init|start|stop|url|admin-url|destroy DIR ..." >&2; exit 2 ;;
  esac
fi
