#!/usr/bin/env bash
# Runs the load tool against a started host on a throwaway PostgreSQL cluster (Debian's postgresql package) on a free
# loopback port, with fsync and synchronous_commit ON (the honest, durable setting), stopped and deleted on exit.
# Usage (from the repository root): tests/IntakeBot.LoadTest/run-postgres.sh --users 200 --duration 20 [more load tool options]
set -euo pipefail
# shellcheck source=../throwaway-postgres.sh
. "$(dirname "$0")/../throwaway-postgres.sh"
start_throwaway_postgres 56432 durable
echo "PostgreSQL $("$pg_bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$pg_port, fsync=on, synchronous_commit=on" >&2
dotnet run -c Release --no-build --project tests/IntakeBot.LoadTest -- --storage postgres \
  --postgres "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=250" "$@"
