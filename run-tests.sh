#!/usr/bin/env bash
# Builds the solution and runs every test. Installs what the tests need when it is missing.
# Usage: ./run-tests.sh            (all tests)
#        ./run-tests.sh --long     (also the long versions of the crash, concurrency and fuzz tests)
#        ./run-tests.sh --filter X (passes the filter to dotnet test)
set -euo pipefail
cd "$(dirname "$0")"
if [ "${1:-}" = "--long" ]; then
  export INTAKEBOT_LONG_TESTS=1
  shift
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# Browser tests use Debian's chromium (Playwright never downloads a browser); the widget build and the Direct Line
# compatibility test (Microsoft's botframework-directlinejs) need Node.js 20+ and npm; the storage tests run every
# store on PostgreSQL too, from Debian's postgresql package.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing ${missing[*]} (apt-get)"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Node.js 20+ and npm are required: https://nodejs.org (or apt-get install nodejs npm)" >&2
  exit 1
fi
if [ ! -d tests/directline-compat/node_modules ]; then
  echo "== npm ci (tests/directline-compat)"
  (cd tests/directline-compat && npm ci --no-audit --no-fund)
fi

echo "== restore"
dotnet restore IntakeBot.sln
echo "== format check"
dotnet format IntakeBot.sln --verify-no-changes --no-restore
echo "== build (warnings are errors)"
dotnet build IntakeBot.sln -c Release --no-restore
# One throwaway PostgreSQL cluster for the whole run (unless INTAKEBOT_TEST_POSTGRES already names a server): on
# 127.0.0.1 only, trust authentication, no durability, stopped and deleted on exit. Each test class makes its own database.
if [ -z "${INTAKEBOT_TEST_POSTGRES:-}" ]; then
  # shellcheck source=tests/throwaway-postgres.sh
  . "$(dirname "$0")/tests/throwaway-postgres.sh"
  start_throwaway_postgres 55432 fast
  echo "== PostgreSQL $("$pg_bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$pg_port ($pg_dir)"
  export INTAKEBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
fi

echo "== test"
log=$(mktemp)
set +e
# One test project at a time (-m:1): the browser tests drive Chromium against a live host and get the machine's few
# cores to themselves.
dotnet test IntakeBot.sln -c Release --no-build -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain summary line across all test projects: 'tests: N passed, N failed, N skipped'.
awk '/(Passed|Failed)! +- +Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
