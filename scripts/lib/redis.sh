#!/usr/bin/env bash
# A private Redis for scripts/run and scripts/test: a Unix socket in a state folder of ours, no
# TCP port, no persistence (live state only: PostgreSQL is the system of record). Sourced.
#   redis_start DIR    starts redis-server in the background; prints its PID once it answers
#   redis_url DIR      TRANSCENDENCE_REDIS_URL for the servers
set -euo pipefail

redis_url() {
  echo "unix://$(cd "$1" && pwd)/redis.sock"
}

redis_start() {
  local dir
  dir=$(mkdir -p "$1" && cd "$1" && pwd)
  rm -f "$dir/redis.sock"
  redis-server --port 0 --unixsocket "$dir/redis.sock" --unixsocketperm 700 \
    --save '' --appendonly no --dir "$dir" --logfile "$dir/redis.log" >/dev/null 2>&1 &
  local pid=$! i
  for i in $(seq 1 100); do
    if [[ -S "$dir/redis.sock" ]] && [[ "$(redis-cli -s "$dir/redis.sock" PING 2>/dev/null)" == PONG ]]; then
      echo "$pid"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  tail -n 20 "$dir/redis.log" >&2 || true
  return 1
}
