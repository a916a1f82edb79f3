# Sourced by run-tests.sh and tests/IntakeBot.LoadTest/run-postgres.sh: starts a throwaway PostgreSQL cluster (Debian's
# postgresql package) on 127.0.0.1 with trust authentication, stopped and deleted when the calling shell exits.
# Usage: start_throwaway_postgres <first port to try> <durable|fast>
#   durable: fsync and synchronous_commit on (load measurements); fast: no durability (tests).
# Sets pg_port, pg_dir and pg_bin.
start_throwaway_postgres() {
  local first_port=$1 mode=$2
  pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  pg_port=$first_port
  while (exec 3<>"/dev/tcp/127.0.0.1/$pg_port") 2>/dev/null; do pg_port=$((pg_port + 1)); done
  pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/intakebot-pg.XXXXXX")
  as_postgres=()
  # initdb refuses to run as root: the server then runs as Debian's postgres user.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$pg_dir"
    as_postgres=(runuser -u postgres --)
  fi
  trap stop_throwaway_postgres EXIT
  local initdb_options=() server_options
  if [ "$mode" = durable ]; then
    server_options="-c fsync=on -c synchronous_commit=on"
    pg_stop_mode=fast
  else
    # Nothing in it needs to survive, so it is stopped without a checkpoint.
    pg_stop_mode=immediate
    initdb_options=(--no-sync)
    server_options="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  "${as_postgres[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-locale "${initdb_options[@]}" >"$pg_dir/initdb.log"
  "${as_postgres[@]}" "$pg_bin/pg_ctl" start -w -t 60 -D "$pg_dir/data" -l "$pg_dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir $server_options -c max_connections=300" >/dev/null
}

stop_throwaway_postgres() {
  "${as_postgres[@]}" "$pg_bin/pg_ctl" stop -w -m "$pg_stop_mode" -D "$pg_dir/data" >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
