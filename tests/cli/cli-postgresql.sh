#!/usr/bin/env bash
# cli-postgresql.sh CLI CONNECTION: diarydesk-cli against the throwaway PostgreSQL server. The
# program links no PostgreSQL client; SOCI loads its backend when such a database is opened.
set -euo pipefail
cli=$1
connection=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ldd "$cli" | grep -q -E 'libpq|libsoci_postgresql'; then
  echo "diarydesk-cli links the PostgreSQL client at start-up:"; ldd "$cli" | grep -E 'libpq|soci'; exit 1
fi

# A schema of its own, so the store suites' schemas and earlier runs do not matter.
schema="cli_$$"
database="postgresql://$connection options='-csearch_path=$schema'"
psql_connection="$connection"
if command -v psql >/dev/null; then
  psql "$psql_connection" -q -c "CREATE SCHEMA $schema" >/dev/null
  trap 'psql "$psql_connection" -q -c "DROP SCHEMA $schema CASCADE" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
else
  echo "psql not found (apt-get install postgresql-client)"; exit 1
fi

printf 'ID;Фамилия;Имя;Отчество;Дата рождения;СНИЛС;Класс\nSTU-1;Иванов;Пётр;Сергеевич;01.05.2014;112-233-445 95;5Б\n' >"$work/roster.csv"
report=$("$cli" --db "$database" roster import "$work/roster.csv" --json)
grep -q '"added": 1' <<<"$report" || { echo "import did not add the pupil: $report"; exit 1; }
listing=$("$cli" --db "$database" roster list --json)
grep -q '"roster_id": "STU-1"' <<<"$listing" || { echo "the pupil is not listed: $listing"; exit 1; }
again=$("$cli" --db "$database" roster import "$work/roster.csv" --json)
grep -q '"unchanged": 1' <<<"$again" || { echo "a second import changed something: $again"; exit 1; }
echo "diarydesk-cli on PostgreSQL: imported, listed, re-imported unchanged; no libpq at start-up"
