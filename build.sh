#!/usr/bin/env bash
# VendorAudit: run the portal, the command line, the tests and the benchmarks on one machine.
# Installs and starts what is missing (PostgreSQL 15, Chromium, poppler, and wrk for the benchmarks) on
# Debian 12, as root or through sudo; with ConnectionStrings__VendorAudit set, no local database server
# is touched.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

readonly PG_VERSION=15
readonly PG_CLUSTER=main
readonly PG_WAL_BUFFERS=32MB
readonly PG_MAX_WAL_SIZE=4GB
readonly DB_NAME=vendoraudit
readonly DB_USER=vendoraudit
readonly DB_PASSWORD=vendoraudit
readonly URL="${VENDORAUDIT_URL:-http://127.0.0.1:5080}"
readonly CHROMIUM="${VENDORAUDIT_CHROMIUM:-/usr/bin/chromium}"
readonly CONFIG=Debug
readonly RESULTS_DIR="$ROOT/artifacts/test-results"
readonly BUILD_STAMP="$ROOT/artifacts/.build-$CONFIG.stamp"
readonly CLI_PUBLISH_DIR="$ROOT/artifacts/cli"
readonly TEST_PROJECTS=(VendorAudit.Domain.Tests VendorAudit.Web.Tests VendorAudit.Browser.Tests)
readonly DEMO_PASSWORD='Demo-2026!'

usage() {
  cat <<EOF
usage: ./build.sh <command> [args]

  run                 start PostgreSQL, migrate, seed demo data (first run only) and serve
                      the portal on $URL
  test [args]         build, run every test project (extra args go to each 'dotnet test',
                      e.g. --filter Name~Login), end with "N passed, N failed"
  cli <verb> [args]   run the command line (migrate, seed [--force] [--small], users add ...)
  bench               run the benchmarks (tests/VendorAudit.Benchmarks, Release)
  prereqs             only install and start what the others need
  help                this text

Environment: ConnectionStrings__VendorAudit (use your own PostgreSQL), VENDORAUDIT_URL,
VENDORAUDIT_CHROMIUM, VendorAudit__CallerHashKey, ASPNETCORE_ENVIRONMENT. See README.md.
EOF
}

say() { printf '==> %s\n' "$*"; }

# fail WHAT HOW: what went wrong, then how to fix it.
fail() {
  printf 'error: %s\n' "$1" >&2
  [[ $# -gt 1 ]] && printf 'fix:   %s\n' "$2" >&2
  exit 1
}

# Runs a command as root: directly when root, else through sudo.
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    fail "'$*' needs root, and sudo is not installed" \
      "run ./build.sh as root, install sudo, or set ConnectionStrings__VendorAudit to a server of your own"
  fi
}

# Runs a command as the postgres system user (from /, which that user can always enter).
as_postgres() {
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  else
    (cd / && as_root -u postgres "$@")
  fi
}

APT_UPDATED=0

# apt_install PACKAGE...: installs the given Debian packages (the caller passes only missing ones).
apt_install() {
  [[ $# -eq 0 ]] && return 0
  command -v apt-get >/dev/null 2>&1 ||
    fail "missing: $*; this is not a Debian-like system (no apt-get)" \
      "install $* yourself (and set ConnectionStrings__VendorAudit for your own PostgreSQL)"
  if [[ $APT_UPDATED -eq 0 ]]; then
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -q ||
      fail "apt-get update failed" "check the machine's network and /etc/apt/sources.list, then run again"
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q "$@" ||
    fail "apt-get install $* failed" "run 'apt-get install $*' by hand to see why, then run again"
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 ||
    fail "the .NET SDK is not installed ('dotnet' is not on PATH)" \
      "install the .NET 10 SDK (https://learn.microsoft.com/dotnet/core/install/linux-debian), make sure 'dotnet --version' prints 10.x, then run again"
  dotnet --list-sdks 2>/dev/null | grep -q '^10\.' ||
    fail "no .NET 10 SDK found (dotnet --list-sdks: $(dotnet --list-sdks 2>/dev/null | tr '\n' ' '))" \
      "install the .NET 10 SDK (https://learn.microsoft.com/dotnet/core/install/linux-debian), then run again"
}

# Prints "port status" of the local cluster 15/main, or nothing when there is no such cluster.
cluster_info() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c { print $3, $4; exit }'
}

# True when the application role can log in over TCP with its password and may create databases.
app_login_ok() {
  local port=$1
  command -v psql >/dev/null 2>&1 || return 1
  [[ "$(PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -t -A -h 127.0.0.1 -p "$port" \
    -U "$DB_USER" -d "$DB_NAME" -c 'select rolcreatedb from pg_roles where rolname = current_user' 2>/dev/null)" == t ]]
}

ensure_postgres() {
  if [[ -n "${ConnectionStrings__VendorAudit:-}" ]]; then
    say "PostgreSQL: using ConnectionStrings__VendorAudit (no local server is touched)"
    return 0
  fi

  local info port status
  info="$(cluster_info)"
  port="${info%% *}"
  [[ -n "$port" ]] || port=5432

  # Fast path: everything is already in place (or another local server on that port serves us).
  if app_login_ok "$port"; then
    [[ -n "$info" ]] && tune_postgres "$port"
    use_port "$port"
    return 0
  fi

  if [[ ! -x /usr/lib/postgresql/$PG_VERSION/bin/postgres ]] || ! command -v pg_ctlcluster >/dev/null 2>&1 ||
    ! command -v psql >/dev/null 2>&1; then
    apt_install "postgresql-$PG_VERSION"
  fi

  if [[ -z "$(cluster_info)" ]]; then
    say "pg_createcluster $PG_VERSION $PG_CLUSTER"
    as_root pg_createcluster "$PG_VERSION" "$PG_CLUSTER" >/dev/null ||
      fail "could not create the PostgreSQL cluster $PG_VERSION/$PG_CLUSTER" \
        "run 'pg_createcluster $PG_VERSION $PG_CLUSTER' as root to see why"
  fi
  info="$(cluster_info)"
  port="${info%% *}"
  status="${info#* }"

  if [[ "$status" != online* ]]; then
    say "pg_ctlcluster $PG_VERSION $PG_CLUSTER start"
    as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start ||
      fail "PostgreSQL $PG_VERSION/$PG_CLUSTER did not start" \
        "read /var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log, fix what it says, then run again"
  fi

  wait_for_postgres "$port"

  if ! app_login_ok "$port"; then
    say "PostgreSQL: creating role and database '$DB_NAME' (if missing)"
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres <<SQL ||
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';
  ELSE
    ALTER ROLE $DB_USER LOGIN CREATEDB;
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
      fail "could not create the role or database '$DB_NAME' in PostgreSQL $PG_VERSION/$PG_CLUSTER" \
        "check that 'runuser -u postgres -- psql -p $port' works, then run again"
  fi

  tune_postgres "$port"
  app_login_ok "$port" ||
    fail "user '$DB_USER' cannot log in to 127.0.0.1:$port with its password, or lacks CREATEDB" \
      "make sure /etc/postgresql/$PG_VERSION/$PG_CLUSTER/pg_hba.conf has 'host all all 127.0.0.1/32 scram-sha-256' and run, as postgres: ALTER ROLE $DB_USER LOGIN CREATEDB PASSWORD '$DB_PASSWORD';"
  use_port "$port"
}

# tune_postgres PORT: the local cluster's settings for call imports, applied once (with a restart).
# A million-call import writes about 1.3 GB of WAL in one transaction: with the default 4 MB of WAL
# buffers the importing session keeps stopping to write them out itself, and with the default 1 GB
# max_wal_size a checkpoint starts midway, after which every page touched again is logged whole.
tune_postgres() {
  local port=$1 current
  current="$(as_postgres psql -X -q -t -A -p "$port" -d postgres \
    -c "select current_setting('wal_buffers') || ' ' || current_setting('max_wal_size')" 2>/dev/null)" || return 0
  [[ "$current" == "$PG_WAL_BUFFERS $PG_MAX_WAL_SIZE" ]] && return 0
  say "PostgreSQL: wal_buffers=$PG_WAL_BUFFERS, max_wal_size=$PG_MAX_WAL_SIZE for imports (restarting $PG_VERSION/$PG_CLUSTER once)"
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres \
    -c "ALTER SYSTEM SET wal_buffers = '$PG_WAL_BUFFERS'" -c "ALTER SYSTEM SET max_wal_size = '$PG_MAX_WAL_SIZE'" ||
    fail "could not change the settings of PostgreSQL $PG_VERSION/$PG_CLUSTER" "check that 'runuser -u postgres -- psql -p $port' works, then run again"
  as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart ||
    fail "PostgreSQL $PG_VERSION/$PG_CLUSTER did not restart" \
      "read /var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log; 'ALTER SYSTEM RESET wal_buffers' as postgres undoes the change"
  wait_for_postgres "$port"
}

# wait_for_postgres PORT: waits up to 30 s for the server to answer on loopback.
wait_for_postgres() {
  local port=$1 tries=0
  until pg_isready -q -h 127.0.0.1 -p "$port"; do
    tries=$((tries + 1))
    [[ $tries -lt 60 ]] ||
      fail "PostgreSQL does not answer on 127.0.0.1:$port after 30 s" \
        "check 'pg_lsclusters' and /var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log (listen_addresses must include 127.0.0.1)"
    sleep 0.5
  done
}

# The app's default connection string says port 5432; when the cluster listens elsewhere, say so.
use_port() {
  local port=$1
  if [[ "$port" != 5432 ]]; then
    export ConnectionStrings__VendorAudit="Host=127.0.0.1;Port=$port;Database=$DB_NAME;Username=$DB_USER;Password=$DB_PASSWORD"
  fi
  say "PostgreSQL $PG_VERSION ready on 127.0.0.1:$port (database $DB_NAME)"
}

# Chromium renders reports and drives the browser tests; poppler-utils checks the PDFs.
ensure_browser() {
  local missing=()
  if [[ ! -x "$CHROMIUM" ]]; then
    [[ -n "${VENDORAUDIT_CHROMIUM:-}" ]] &&
      fail "VENDORAUDIT_CHROMIUM=$CHROMIUM is not an executable" "point it at a Chromium binary, or unset it to use Debian's /usr/bin/chromium"
    missing+=(chromium)
  fi
  command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
  apt_install "${missing[@]}"
  [[ -x "$CHROMIUM" ]] || fail "chromium installed, but $CHROMIUM is missing" "set VENDORAUDIT_CHROMIUM to the Chromium binary"
}

# wrk drives the HTTP figures of the benchmarks (a fixed number of connections for a fixed time).
ensure_wrk() {
  command -v wrk >/dev/null 2>&1 || apt_install wrk
}

# Newest build input newer than the last successful build, if any (bin/ and obj/ excluded).
sources_changed() {
  [[ -f "$BUILD_STAMP" ]] || return 0
  [[ -n "$(find src seed templates Directory.Build.props Directory.Packages.props global.json \
    \( -name bin -o -name obj \) -prune -o -type f -newer "$BUILD_STAMP" -print -quit 2>/dev/null)" ]]
}

# mark_built EPOCH: records a successful build of the sources as they were at EPOCH (its start).
mark_built() { mkdir -p "$(dirname "$BUILD_STAMP")" && touch -d "@$1" "$BUILD_STAMP"; }

# build_quietly PROJECT...: builds, showing the compiler's output only when it fails.
build_quietly() {
  local log
  log="$(mktemp)"
  for project in "$@"; do
    if ! dotnet build "$project" -c "$CONFIG" -nologo -v q >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      fail "the build of $project failed (output above)" "fix the compiler errors, then run again"
    fi
  done
  rm -f "$log"
}

CLI_DLL="$ROOT/src/VendorAudit.Cli/bin/$CONFIG/net10.0/vendoraudit.dll"
WEB_DIR="$ROOT/src/VendorAudit.Web"
WEB_DLL="$WEB_DIR/bin/$CONFIG/net10.0/VendorAudit.Web.dll"

build_apps() {
  if [[ -f "$CLI_DLL" && -f "$WEB_DLL" ]] && ! sources_changed; then
    return 0
  fi
  local started
  started="$(date +%s)"
  say "building the portal and the command line ($CONFIG)"
  build_quietly src/VendorAudit.Cli/VendorAudit.Cli.csproj src/VendorAudit.Web/VendorAudit.Web.csproj
  mark_built "$started"
}

run_cli() { dotnet "$CLI_DLL" "$@"; }

cmd_prereqs() {
  require_dotnet
  ensure_postgres
  ensure_browser
  say "prerequisites ready"
}

cmd_cli() {
  require_dotnet
  ensure_postgres >&2
  ensure_browser >&2
  build_apps >&2
  local code=0
  run_cli "$@" || code=$?
  exit "$code"
}

print_logins() {
  cat <<EOF

VendorAudit portal: $URL

  role          email                          password      vendor
  ------------  -----------------------------  ------------  ---------
  Admin         admin@vendoraudit.test         $DEMO_PASSWORD
  Auditor       auditor@vendoraudit.test       $DEMO_PASSWORD
  Procurement   procurement@vendoraudit.test   $DEMO_PASSWORD
  Vendor        northwind@vendoraudit.test     $DEMO_PASSWORD    NORTHWIND
  Vendor        atlas@vendoraudit.test         $DEMO_PASSWORD    ATLAS
  Vendor        bluebay@vendoraudit.test       $DEMO_PASSWORD    BLUEBAY
  Vendor        cedar@vendoraudit.test         $DEMO_PASSWORD    CEDAR
  Vendor        dunmore@vendoraudit.test       $DEMO_PASSWORD    DUNMORE

Stop with Ctrl+C.

EOF
}

cmd_run() {
  require_dotnet
  ensure_postgres
  ensure_browser
  build_apps
  say "migrating the database"
  run_cli migrate || fail "'vendoraudit migrate' failed (output above)" "fix what the error says (database reachable? ConnectionStrings__VendorAudit right?), then run again"
  say "seeding demo data (skipped when data is already there)"
  run_cli seed || fail "'vendoraudit seed' failed (output above)" "run './build.sh cli seed --force' to start the demo data afresh"
  print_logins
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  # From the project folder, so that wwwroot and appsettings.json are the content root.
  cd "$WEB_DIR"
  exec dotnet "$WEB_DLL" --urls "$URL"
}

# trx_counter FILE NAME: the value of one attribute of the TRX <Counters> element (0 when absent).
trx_counter() {
  local value
  value="$(grep -o '<Counters [^>]*>' "$1" | head -n 1 | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]\+' || true)"
  printf '%s' "${value:-0}"
}

cmd_test() {
  require_dotnet
  ensure_postgres
  ensure_browser
  local started
  started="$(date +%s)"
  say "dotnet build VendorAudit.sln -c $CONFIG"
  dotnet build VendorAudit.sln -c "$CONFIG" -nologo ||
    fail "the build failed (output above); no tests ran" "fix the compiler errors, then run ./build.sh test again"
  mark_built "$started"

  rm -rf "$RESULTS_DIR"
  mkdir -p "$RESULTS_DIR"
  local passed=0 failed=0 skipped=0 total=0 problems=() summary=()
  local project code trx p f s t
  for project in "${TEST_PROJECTS[@]}"; do
    say "dotnet test $project"
    code=0
    dotnet test "tests/$project/$project.csproj" --no-build -c "$CONFIG" --nologo \
      --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=normal" \
      --results-directory "$RESULTS_DIR" "$@" || code=$?
    trx="$RESULTS_DIR/$project.trx"
    if [[ ! -f "$trx" ]]; then
      failed=$((failed + 1))
      problems+=("$project: no test results written (dotnet test exited $code; the test run crashed or did not start)")
      summary+=("$(printf '  %-28s    - no results' "$project")")
      continue
    fi
    t="$(trx_counter "$trx" total)"
    p="$(trx_counter "$trx" passed)"
    f=$(($(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted)))
    s=$((t - $(trx_counter "$trx" executed)))
    if [[ $code -ne 0 && $f -eq 0 ]]; then
      f=1
      problems+=("$project: the test run was aborted (dotnet test exited $code with no failed test recorded; see its output above)")
    fi
    summary+=("$(printf '  %-28s %4d passed, %d failed, %d skipped' "$project" "$p" "$f" "$s")")
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + s))
    total=$((total + t))
  done

  echo
  echo "Test results ($RESULTS_DIR):"
  printf '%s\n' "${summary[@]}"
  [[ ${#problems[@]} -gt 0 ]] && printf 'problem: %s\n' "${problems[@]}"
  [[ $skipped -gt 0 ]] && echo "($skipped tests skipped)"
  local status=0
  if [[ $total -eq 0 && ${#problems[@]} -eq 0 ]]; then
    echo "problem: no tests ran"
    status=1
  fi
  [[ $failed -gt 0 ]] && status=1
  echo "$passed passed, $failed failed"
  return "$status"
}

# build_release PROJECT...: Release builds for the benchmarks, showing the output only when one fails.
build_release() {
  local log project
  log="$(mktemp)"
  for project in "$@"; do
    if ! dotnet build "$project" -c Release -nologo -v q >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      fail "the Release build of $project failed (output above)" "fix the compiler errors, then run ./build.sh bench again"
    fi
  done
  rm -f "$log"
}

# The command line as operators deploy it: published for this machine, its code compiled ahead of
# time (ReadyToRun), so an import does not first spend a second compiling EF Core and Npgsql.
publish_cli() {
  local log
  log="$(mktemp)"
  if ! dotnet publish src/VendorAudit.Cli/VendorAudit.Cli.csproj -c Release --use-current-runtime --self-contained false \
    -o "$CLI_PUBLISH_DIR" -nologo -v q >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    fail "publishing src/VendorAudit.Cli failed (output above)" "fix what it says, then run ./build.sh bench again"
  fi
  rm -f "$log"
}

# Figures are measured in Release against the published CLI (publish_cli); a missed goal still exits 0,
# only a figure that could not be measured makes the exit code non-zero.
cmd_bench() {
  local project=tests/VendorAudit.Benchmarks
  [[ -d "$project" ]] || fail "there is no benchmark project ($project does not exist)" "restore it from version control"
  require_dotnet
  ensure_postgres
  ensure_browser
  ensure_wrk
  say "publishing the command line and building the benchmarks (Release)"
  publish_cli
  build_release "$project/VendorAudit.Benchmarks.csproj"
  exec dotnet "$project/bin/Release/net10.0/VendorAudit.Benchmarks.dll" "$@"
}

main() {
  local command="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$command" in
    run) cmd_run "$@" ;;
    test) cmd_test "$@" ;;
    cli) cmd_cli "$@" ;;
    bench) cmd_bench "$@" ;;
    prereqs) cmd_prereqs ;;
    help | -h | --help) usage ;;
    "") usage >&2; exit 2 ;;
    *) printf 'unknown command: %s\n\n' "$command" >&2; usage >&2; exit 2 ;;
  esac
}

main "$@"
