#!/usr/bin/env bash
# Runs one scenario file on a fresh copy of the demo store and prints each input with its reply.
# Line 1 of a scenario: "# --as USER [--lang en|es|hu] --now ISO8601". The demo has only pt (ana), it (marco)
# and fr (claire) staff, so --lang first sends "my language is …" as that user, outside the transcript
# (English: claire, who owns the GB/US customers; Spanish: ana, who owns the ES ones; Hungarian: marco, HU ones).
# Usage: tests/scenarios/run.sh tests/scenarios/en_001.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
f="$1"
hdr=$(head -1 "$f" | sed 's/^# *//')
as=$(sed -n 's/.*--as \([^ ]*\).*/\1/p' <<<"$hdr")
now=$(sed -n 's/.*--now \([^ ]*\).*/\1/p' <<<"$hdr")
lang=$(sed -n 's/.*--lang \([^ ]*\).*/\1/p' <<<"$hdr")
mkdir -p /tmp/sc
tpl="/tmp/sc/tpl_${now//[:+]/_}.db"
if [ ! -f "$tpl" ]; then
  rm -f "$tpl.tmp"
  printf '' | python run_bot.py console --db "sqlite:///$tpl.tmp" --demo --as root --now "$now" >/dev/null 2>&1
  # the store runs in WAL mode: copy it whole (VACUUM INTO), not by file
  python -c "import sqlite3,sys; sqlite3.connect(sys.argv[1]).execute(\"VACUUM INTO '\" + sys.argv[2] + \"'\")" "$tpl.tmp" "$tpl"
  rm -f "$tpl.tmp"*
fi
run="/tmp/sc/run_$$.db"
cp "$tpl" "$run"
case "$lang" in
  en) printf 'my language is English\n' ;;
  es) printf 'my language is Spanish\n' ;;
  hu) printf 'my language is Hungarian\n' ;;
  *) printf '' ;;
esac | python run_bot.py console --db "sqlite:///$run" --as "$as" --now "$now" >/dev/null
grep -v '^#' "$f" | python run_bot.py console --db "sqlite:///$run" --as "$as" --now "$now" --json \
  | python tests/scenarios/fmt.py "$f"
rm -f "$run"*
