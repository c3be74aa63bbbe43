#!/usr/bin/env bash
# Seeds a throw-away PostgreSQL 15 with the task service's schema (its EF migrations) and 200,000
# tasks / 1,000,000 reports, then times each hot read 30 times after 3 warm-ups and prints p50/p95.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=/usr/lib/postgresql/15/bin
data=$(mktemp -d /tmp/stp-bench-tasks.XXXX)
port=${PORT:-55439}
# PostgreSQL refuses to run as root; as the AppHost does, run it as the postgres user then.
as=()
if [ "$(id -u)" = 0 ]; then chown postgres: "$data"; as=(setpriv --reuid=postgres --regid=postgres --init-groups); fi
trap '"${as[@]}" "$bin/pg_ctl" -D "$data/db" stop -m fast >/dev/null 2>&1 || true; rm -rf "$data"' EXIT
"${as[@]}" "$bin/initdb" -D "$data/db" -U postgres --auth=trust >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$data/db" -o "-p $port -k $data -c listen_addresses=''" -l "$data/log" start -w >/dev/null
sql() { psql -h "$data" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
dotnet ef migrations script --project src/Tasks --no-build -o "$data/schema.sql" >/dev/null
sql -f "$data/schema.sql" >/dev/null
start=$(date +%s); sql -f bench/tasks/seed.sql >/dev/null; echo "seeded in $(( $(date +%s) - start )) s"
sql -c "SELECT (SELECT count(*) FROM tasks) AS tasks, (SELECT count(*) FROM progress_reports) AS reports;"
for query in mine mine_count unit units reports units_period reports_period plans mine_before mine_count_before \
             units_before reports_before units_period_before reports_period_before plans_before; do
  script="$data/$query.sql"
  cat bench/tasks/queries.sql > "$script"
  for _ in $(seq 1 33); do echo "EXECUTE $query;" >> "$script"; done
  sql -f "$script" 2>&1 | grep -o 'Time: [0-9.]*' | awk '{print $2}' | tail -n 30 | sort -n |
    awk -v q="$query" '{ v[NR] = $1 } END { printf "%-15s p50 %7.1f ms  p95 %7.1f ms\n", q, v[int(NR*0.5)], v[int(NR*0.95)] }'
done
