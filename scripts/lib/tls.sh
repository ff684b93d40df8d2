#!/usr/bin/env bash
# A development certificate authority and a localhost certificate it signed, made once.
# Clients that should trust the dev platform (tests, the QML app) add ca.pem as a trust anchor;
# browsers in the tests are told to accept it. Never used in production (docker/ mounts real ones).
#   tls.sh ensure DIR      creates DIR/ca.pem, DIR/server.pem (leaf + CA chain), DIR/server.key
set -euo pipefail

tls_ensure() {
  local dir="$1"
  mkdir -p "$dir"
  if [[ -s "$dir/server.pem" && -s "$dir/server.key" && -s "$dir/ca.pem" ]] &&
     openssl x509 -checkend 86400 -noout -in "$dir/server.pem" >/dev/null 2>&1; then
    return 0
  fi
  echo "==> Generating a development TLS certificate in $dir"
  local work
  work=$(mktemp -d)
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
    -subj "/CN=Transcendence development CA" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -subj "/CN=localhost" -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
  cat >"$work/server.ext" <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
EXT
  openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
    -days 825 -extfile "$work/server.ext" -out "$work/leaf.pem" 2>/dev/null
  cat "$work/leaf.pem" "$work/ca.pem" >"$dir/server.pem"
  install -m 600 "$work/server.key" "$dir/server.key"
  install -m 644 "$work/ca.pem" "$dir/ca.pem"
  rm -rf "$work" # the CA key is not kept: nothing else can be signed with it
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  case "${1:-}" in
    ensure) tls_ensure "$2" ;;
    *) echo "usage: $0 ensure DIR" >&2; exit 2 ;;
  esac
fi
