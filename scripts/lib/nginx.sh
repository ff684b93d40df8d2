#!/usr/bin/env bash
# Runs nginx unprivileged-style from a state folder of ours, with the site configuration of
# docker/nginx (the same file production uses), rendered by envsubst.
#   nginx.sh render STATE_DIR     writes STATE_DIR/nginx.conf from NGINX_* variables (below)
#   nginx.sh test STATE_DIR       nginx -t on it
#   nginx.sh start STATE_DIR      starts nginx in the foreground as a background job; prints its PID
# Variables: NGINX_BIND NGINX_HTTP_PORT NGINX_HTTPS_PORT NGINX_PUBLIC_HTTPS_PORT NGINX_SERVER_NAME
#            NGINX_UPSTREAM ("host:port", or "unix:PATH" for the server's Unix socket)
#            NGINX_WEB_ROOT NGINX_TLS_CERT NGINX_TLS_KEY
#            NGINX_PROXY_BIND (default 127.0.0.2: the address the server believes X-Real-IP
#            from, TRANSCENDENCE_TRUSTED_PROXIES in platform.sh)
set -euo pipefail

NGINX_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# NGINX_CONFIG_DIR may name a copy of docker/nginx (bench/api/nginx_ab compares variants).
NGINX_CONFIG_DIR="${NGINX_CONFIG_DIR:-$(cd "$NGINX_LIB_DIR/../../docker/nginx" && pwd)}"

nginx_render() {
  local state="$1"
  state=$(mkdir -p "$state" && cd "$state" && pwd)
  mkdir -p "$state/temp" "$state/logs"
  export NGINX_ACCESS_LOG="$state/logs/access.log"
  export NGINX_SECURITY_HEADERS="$NGINX_CONFIG_DIR/security-headers.conf"
  export NGINX_PROXY_PARAMS="$NGINX_CONFIG_DIR/proxy-params.conf"
  export NGINX_PROXY_BIND="${NGINX_PROXY_BIND:-127.0.0.2}"
  local vars='${NGINX_BIND} ${NGINX_HTTP_PORT} ${NGINX_HTTPS_PORT} ${NGINX_PUBLIC_HTTPS_PORT} ${NGINX_SERVER_NAME}
              ${NGINX_UPSTREAM} ${NGINX_WEB_ROOT} ${NGINX_TLS_CERT} ${NGINX_TLS_KEY} ${NGINX_ACCESS_LOG}
              ${NGINX_SECURITY_HEADERS} ${NGINX_PROXY_PARAMS} ${NGINX_PROXY_BIND}'
  local name
  for name in NGINX_BIND NGINX_HTTP_PORT NGINX_HTTPS_PORT NGINX_PUBLIC_HTTPS_PORT NGINX_SERVER_NAME \
              NGINX_UPSTREAM NGINX_WEB_ROOT NGINX_TLS_CERT NGINX_TLS_KEY; do
    [[ -n "${!name:-}" ]] || { echo "nginx.sh: $name is not set" >&2; return 1; }
  done
  envsubst "$vars" <"$NGINX_CONFIG_DIR/transcendence.conf.template" >"$state/site.conf"
  # The main configuration is local to scripts (state paths); docker/nginx/nginx.conf is the image's.
  # Both include docker/nginx/capacity.conf: workers, connections and open files.
  # As root, workers also run as root: the build tree and state folders are root's, this nginx
  # listens on loopback only, and it is for development and tests.
  local user_line=""
  if [[ $(id -u) -eq 0 ]]; then user_line="user root;"; fi
  cat >"$state/nginx.conf" <<CONF
$user_line
include $NGINX_CONFIG_DIR/capacity.conf;
pid $state/nginx.pid;
error_log $state/logs/error.log warn;
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path $state/temp/body;
    proxy_temp_path $state/temp/proxy;
    fastcgi_temp_path $state/temp/fastcgi;
    uwsgi_temp_path $state/temp/uwsgi;
    scgi_temp_path $state/temp/scgi;
    include $state/site.conf;
}
CONF
}

nginx_test() {
  local state
  state=$(cd "$1" && pwd)
  nginx -t -q -p "$state" -c "$state/nginx.conf"
}

nginx_start() {
  local state
  state=$(cd "$1" && pwd)
  nginx -p "$state" -c "$state/nginx.conf" -g 'daemon off;' >>"$state/logs/stdout.log" 2>&1 &
  echo $!
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  case "${1:-}" in
    render) nginx_render "$2" ;;
    test) nginx_test "$2" ;;
    start) nginx_start "$2" ;;
    *) echo "usage: $0 render|test|start STATE_DIR" >&2; exit 2 ;;
  esac
fi
