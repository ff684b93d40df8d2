#!/usr/bin/env bash
# ctest operations_backup_restore: scripts/backup and scripts/restore against the test cluster.
#  1. A database with the platform's schema (copied from the database scripts/test's server
#     migrated) gets users, matches with their players, and chat messages when such tables exist.
#  2. scripts/backup three times with KEEP=2: two dumps stay, each with a checksum that matches,
#     and the Prometheus textfile with the last success time.
#  3. scripts/restore into an empty database: every table of the schema holds the same rows
#     (row count and a digest of the sorted rows), users, matches and messages among them.
#  4. A damaged dump, and a restore over a database that has data, are refused.
#  5. The platform's own database (what the other suites wrote) backs up and restores too.
# Prints the time each step took (docs/operations.md quotes them).
# Needs TRANSCENDENCE_TEST_ADMIN_DATABASE_URL (scripts/test) and PostgreSQL's client tools.
set -euo pipefail

REPO="$(cd "${1:-$(dirname "${BASH_SOURCE[0]}")/../..}" && pwd)"
: "${TRANSCENDENCE_TEST_ADMIN_DATABASE_URL:?run through scripts/test}"
ADMIN="$TRANSCENDENCE_TEST_ADMIN_DATABASE_URL"
suffix="$(date +%s)_$$"
SRC="ops_backup_src_$suffix"
DST="ops_backup_dst_$suffix"
FULL="ops_backup_full_$suffix"
WORK="$(mktemp -d)"
passed=0
failed=0
ok() { printf 'ok   - %s\n' "$1"; passed=$((passed + 1)); }
fail() { printf 'FAIL - %s\n' "$1"; [[ -n "${2:-}" ]] && printf '%s\n' "$2" | sed 's/^/       /'; failed=$((failed + 1)); }
url_of() { # the admin URL with another database name, as role transcendence
  local rest="${ADMIN#postgresql://postgres@}"
  echo "postgresql://transcendence@${rest%%/*}/$1?${ADMIN#*\?}"
}
admin() { psql "$ADMIN" -v ON_ERROR_STOP=1 -Atq -c "$1"; }
cleanup() {
  for db in "$SRC" "$DST" "$FULL"; do admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

PLATFORM="$(url_of transcendence)"
for db in "$SRC" "$DST" "$FULL"; do admin "CREATE DATABASE $db OWNER transcendence"; done
admin "ALTER DATABASE $SRC SET timezone TO 'UTC'"
SRC_URL="$(url_of "$SRC")"
DST_URL="$(url_of "$DST")"
FULL_URL="$(url_of "$FULL")"
# citext is a trusted extension: the owner role may create it, as the migrations do.
pg_dump --dbname="$PLATFORM" --schema-only --no-owner --no-privileges | grep -v '^COMMENT ON EXTENSION' |
  psql "$SRC_URL" -v ON_ERROR_STOP=1 -q >/dev/null
ok "a database with the platform's schema ($(psql "$SRC_URL" -Atc "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'") tables)"

# 1. data
psql "$SRC_URL" -v ON_ERROR_STOP=1 -q <<'SQL'
INSERT INTO users (username, email, display_name, display_name_key, password_hash, bio)
SELECT 'backup_user_' || i, 'backup' || i || '@example.org', 'Backup Ünïcode ' || i, 'backup ünïcode ' || i,
       '$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA', 'bio «' || i || '» ok'
FROM generate_series(1, 25) AS i;
WITH m AS (
  INSERT INTO matches (kind, mode, config, seed, final_state_hash, input_log, started_at, ended_at,
                       end_reason, winner_seat, server_version)
  SELECT 'local', 'one_vs_one', '{"mode":"one_vs_one"}', i, -i, decode('00ff10' || lpad(to_hex(i), 2, '0'), 'hex'),
         now() - interval '10 minutes', now(), 'completed', 0, 'test'
  FROM generate_series(1, 12) AS i RETURNING id)
INSERT INTO match_players (match_id, seat, player_kind, user_id, label, score, placement)
SELECT m.id, s.seat, 'user', (SELECT id FROM users ORDER BY id LIMIT 1 OFFSET s.seat), 'p' || s.seat, 11 - s.seat * 4, s.seat + 1
FROM m CROSS JOIN (VALUES (0), (1)) AS s(seat);
SQL
message_tables=$(psql "$SRC_URL" -Atc "SELECT table_name FROM information_schema.tables WHERE table_schema='public' AND table_name ~ '(chat|message)' ORDER BY 1" | tr '\n' ' ')
if [[ -n "$message_tables" ]]; then
  echo "note: chat tables present ($message_tables): compared with every other table below"
fi

# 2. backups with rotation
export TRANSCENDENCE_BACKUP_DIR="$WORK/backups" TRANSCENDENCE_BACKUP_KEEP=2
t=$(date +%s%N)
first=$(DATABASE_URL="$SRC_URL" "$REPO/scripts/backup")
backup_ms=$(ms "$t")
sleep 1.1
DATABASE_URL="$SRC_URL" "$REPO/scripts/backup" >/dev/null
sleep 1.1
newest=$(DATABASE_URL="$SRC_URL" "$REPO/scripts/backup")
count=$(find "$WORK/backups" -maxdepth 1 -name 'transcendence-*.dump' | wc -l)
[[ "$count" == 2 && ! -e "$first" && ! -e "$first.sha256" && -f "$newest" ]] &&
  ok "rotation keeps the newest TRANSCENDENCE_BACKUP_KEEP=2 dumps" || fail "rotation keeps the newest 2 dumps" "$(ls -l "$WORK/backups")"
(cd "$WORK/backups" && sha256sum --check --status ./*.sha256) && ok "every dump matches its checksum" || fail "every dump matches its checksum"
listing=$(pg_restore --list "$newest")
grep -q "TABLE DATA public users " <<<"$listing" && ok "the dump is pg_dump's custom format with the users' rows" || fail "custom-format dump"
prom="$WORK/backups/metrics/backup.prom"
if [[ -f "$prom" ]] && grep -q "^transcendence_backup_last_success_timestamp_seconds [0-9]\{10\}$" "$prom" &&
   { ! command -v promtool >/dev/null || promtool check metrics <"$prom" >/dev/null 2>&1; }; then
  ok "the last success time is written for Prometheus"
else
  fail "the last success time is written for Prometheus" "$(cat "$prom" 2>&1)"
fi

# 3. restore into an empty database
t=$(date +%s%N)
DATABASE_URL="$DST_URL" "$REPO/scripts/restore" "$newest" >/dev/null
restore_ms=$(ms "$t")
digest() { # one line per table: name, rows, md5 of the sorted rows
  local url="$1" table
  for table in $(psql "$url" -Atc "SELECT table_name FROM information_schema.tables WHERE table_schema='public' AND table_type='BASE TABLE' ORDER BY 1"); do
    psql "$url" -Atc "SELECT '$table', count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM public.\"$table\" t"
  done
}
digest "$SRC_URL" >"$WORK/src.digest"
digest "$DST_URL" >"$WORK/dst.digest"
if diff -u "$WORK/src.digest" "$WORK/dst.digest" >"$WORK/diff"; then
  ok "restored: every table has the same rows ($(wc -l <"$WORK/src.digest") tables)"
else
  fail "restored: every table has the same rows" "$(cat "$WORK/diff")"
fi
users=$(psql "$DST_URL" -Atc "SELECT count(*) FROM users WHERE username LIKE 'backup_user_%'")
matches=$(psql "$DST_URL" -Atc "SELECT count(*) FROM matches m JOIN match_players p ON p.match_id = m.id")
[[ "$users" == 25 && "$matches" == 24 ]] && ok "the same 25 users and 12 matches (24 seats) after the restore" ||
  fail "users and matches after the restore" "users $users, match seats $matches"
for table in $message_tables; do
  grep -q "^$table|" "$WORK/dst.digest" && ok "chat table $table restored" || fail "chat table $table restored"
done
# A new account after the restore gets a fresh id: the identity sequences came back too.
next=$(psql "$DST_URL" -qAtc "INSERT INTO users (username, display_name, display_name_key) VALUES ('after_restore', 'After', 'after') RETURNING id")
max=$(psql "$SRC_URL" -Atc "SELECT max(id) FROM users")
((next > max)) && ok "sequences restored (next user id $next > $max)" || fail "sequences restored" "next $next, max $max"

# 4. refusals
cp "$newest" "$WORK/damaged.dump" && cp "$newest.sha256" "$WORK/damaged.dump.sha256"
sed -i "s/$(basename "$newest")/damaged.dump/" "$WORK/damaged.dump.sha256"
printf 'x' | dd of="$WORK/damaged.dump" bs=1 seek=200 conv=notrunc status=none
if ! DATABASE_URL="$FULL_URL" "$REPO/scripts/restore" "$WORK/damaged.dump" 2>"$WORK/err" && grep -q "checksum" "$WORK/err"; then
  ok "a damaged dump is refused (checksum)"
else
  fail "a damaged dump is refused" "$(cat "$WORK/err")"
fi
if ! DATABASE_URL="$DST_URL" "$REPO/scripts/restore" "$newest" 2>"$WORK/err" && grep -q -- "--replace" "$WORK/err"; then
  ok "a restore over existing data needs --replace"
else
  fail "a restore over existing data needs --replace" "$(cat "$WORK/err")"
fi
DATABASE_URL="$DST_URL" "$REPO/scripts/restore" "$newest" --replace >/dev/null
digest "$DST_URL" >"$WORK/dst2.digest"
diff -q "$WORK/src.digest" "$WORK/dst2.digest" >/dev/null && ok "--replace restores the backup's state exactly" || fail "--replace restores the backup's state exactly"

# 5. the platform's own database
t=$(date +%s%N)
platform_dump=$(TRANSCENDENCE_BACKUP_DIR="$WORK/platform" DATABASE_URL="$PLATFORM" "$REPO/scripts/backup")
platform_backup_ms=$(ms "$t")
t=$(date +%s%N)
DATABASE_URL="$FULL_URL" "$REPO/scripts/restore" "$platform_dump" >/dev/null
platform_restore_ms=$(ms "$t")
restored_users=$(psql "$FULL_URL" -Atc "SELECT count(*) FROM users")
dumped_users=$(pg_restore --data-only --table=users --file=- "$platform_dump" | sed -n '/^COPY public.users/,/^\\\./p' | sed '1d;$d' | wc -l)
[[ "$restored_users" == "$dumped_users" ]] && ok "the platform's database: $restored_users users backed up and restored" ||
  fail "the platform's database restores" "restored $restored_users, in the dump $dumped_users"

echo
echo "timings: backup ${backup_ms} ms, restore ${restore_ms} ms (small database); platform database ($(du -h "$platform_dump" | cut -f1)): backup ${platform_backup_ms} ms, restore ${platform_restore_ms} ms"
echo "operations_backup_restore: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
