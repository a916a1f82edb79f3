#!/usr/bin/env bash
# Runs the load tool against a started host on a throwaway PostgreSQL cluster (Debian's postgresql package) on a free
# loopback port, with fsync and synchronous_commit ON (the honest, durable setting), stopped and deleted on exit.
# Usage (from the repository root): tests/IntakeBot.LoadTest/run-postgres.sh --users 200 --duration 20 [more load tool options]
set -euo pipefail
pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pg_port=56432
while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/intakebot-pg-load.XXXXXX")
as_postgres=()
# initdb refuses to run as root: the server then runs as Debian's postgres user.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$pg_dir"
  as_postgres=(runuser -u postgres --)
fi
stop_postgres() {
  "${as_postgres[@]}" "$pg_bin/pg_ctl" stop -w -m fast -D "$pg_dir/data" >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
"${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-locale >"$pg_dir/initdb.log"
"${as_postgres[@]}" "$pg_bin/pg_ctl" start -w -t 60 -D "$pg_dir/data" -l "$pg_dir/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=on -c synchronous_commit=on -c max_connections=300" >/dev/null
echo "PostgreSQL $("$pg_bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$pg_port, fsync=on, synchronous_commit=on" >&2
dotnet run -c Release --no-build --project tests/IntakeBot.LoadTest -- --storage postgres \
  --postgres "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=250" "$@"
