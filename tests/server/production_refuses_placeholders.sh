#!/usr/bin/env bash
# ctest server_refuses_legal_placeholders: the real server binary, started in production with the
# shipped .env.example as its only configuration, must refuse to start (exit 2, config_invalid)
# and name every operator fact of the legal pages still holding its placeholder, and must not
# complain about those facts once they are set. Usage: $0 <transcendence-server> <.env.example>
set -euo pipefail
server="$1"
example="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

required=(OPERATOR_NAME POSTAL_ADDRESS CONTACT_EMAIL COUNTRY COURTS SUPERVISORY_AUTHORITY
  SUPERVISORY_AUTHORITY_URL HOSTING DATA_LOCATION MINIMUM_AGE LOG_RETENTION_DAYS)

run() { # env file -> exit status; the log in $work/log
  local status=0
  env -i PATH="$PATH" TRANSCENDENCE_ENV=production TRANSCENDENCE_ENV_FILE="$1" \
    timeout 20 "$server" >"$work/log" 2>&1 || status=$?
  echo "$status"
}

status=$(run "$example")
if [[ "$status" != 2 ]] || ! grep -q '"config_invalid"' "$work/log"; then
  echo "FAIL: with .env.example the server did not refuse to start (exit $status):"
  cat "$work/log"
  exit 1
fi
for fact in "${required[@]}"; do
  if ! grep -q "TRANSCENDENCE_LEGAL_$fact " "$work/log"; then
    echo "FAIL: the refusal does not name TRANSCENDENCE_LEGAL_$fact:"
    cat "$work/log"
    exit 1
  fi
done

# The same file with real-looking facts: still refused (its secrets are placeholders too), but
# no longer for any legal fact.
sed -e 's/^TRANSCENDENCE_LEGAL_MINIMUM_AGE=.*/TRANSCENDENCE_LEGAL_MINIMUM_AGE=16/' \
  -e 's/^TRANSCENDENCE_LEGAL_LOG_RETENTION_DAYS=.*/TRANSCENDENCE_LEGAL_LOG_RETENTION_DAYS=14/' \
  -e 's|^TRANSCENDENCE_LEGAL_SUPERVISORY_AUTHORITY_URL=.*|TRANSCENDENCE_LEGAL_SUPERVISORY_AUTHORITY_URL=https://www.cnil.fr/|' \
  -e 's/^TRANSCENDENCE_LEGAL_CONTACT_EMAIL=.*/TRANSCENDENCE_LEGAL_CONTACT_EMAIL=privacy@pong.example.net/' \
  -e 's/^\(TRANSCENDENCE_LEGAL_[A-Z_]*\)=change-me$/\1=Pong Association/' \
  "$example" >"$work/filled.env"
status=$(run "$work/filled.env")
if [[ "$status" != 2 ]]; then
  echo "FAIL: expected the example secrets to be refused still (exit $status)"
  cat "$work/log"
  exit 1
fi
if grep -q 'TRANSCENDENCE_LEGAL_' "$work/log"; then
  echo "FAIL: complete legal facts were refused:"
  cat "$work/log"
  exit 1
fi
echo "production refuses the .env.example placeholders and names all ${#required[@]} legal facts"
