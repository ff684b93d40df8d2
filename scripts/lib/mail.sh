#!/usr/bin/env bash
# The local mail catcher of scripts/run and scripts/test: a real SMTP server (Debian's
# python3-aiosmtpd, with its Maildir handler) on 127.0.0.1 that keeps every message it receives
# as one file in <dir>/new. Sourced by platform.sh, not executed.

# Starts the catcher on 127.0.0.1:$2 writing to the Maildir $1; adds its PID to PLATFORM_PIDS
# and sets TRANSCENDENCE_SMTP_URL (not exported: the caller decides who sees it).
mail_catcher_start() {
  local maildir="$1" port="$2"
  mkdir -p "$maildir/tmp" "$maildir/new" "$maildir/cur"
  /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$port" -c aiosmtpd.handlers.Mailbox "$maildir" \
    >"$maildir.log" 2>&1 &
  local pid=$!
  PLATFORM_PIDS+=("$pid")
  local i
  for i in $(seq 1 100); do
    if port_in_use "$port"; then
      TRANSCENDENCE_SMTP_URL="smtp://127.0.0.1:$port"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$maildir.log" >&2 || true
  die "the mail catcher (python3 -m aiosmtpd) did not listen on 127.0.0.1:$port"
}
