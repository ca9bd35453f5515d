# summary: the station dashboard, a deputy's duty record and public intake over national-scale liaison data (10,000,000 opinions, 200,000 stations), HTTP beside raw SQL
# Options (passed on to the harness): --opinions=10000000 --stations=200000 --cities=300 --years=5 --days-per-year=1
#   --threads=4,16 --warmup=5 --seconds=10 --global-warmup=20 --seed=2026
#   --scenarios=dashboard,dashboard-country,duty-record,intake (a subset measures only those)
#   --reuse=1 (with BENCH_REUSE_DB=1: keep the loaded data of the last run on the same database)

bench_main() {
  local db=${BENCH_DB:-lvzhi_bench_liaison}
  # The public form allows a few opinions per address and hour; every bench client comes from 127.0.0.1.
  export LVZHI_LIAISON_INTAKEPERHOUR=${LVZHI_LIAISON_INTAKEPERHOUR:-100000000}
  # The browser's proof of work is the visitor's cost, not the server's (one hash at any difficulty).
  export LVZHI_ABUSE_POWDIFFICULTY=${LVZHI_ABUSE_POWDIFFICULTY:-0}
  local out
  out="$BENCH_ROOT/bench/results/liaison-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  bench_java
  bench_build
  # BENCH_REUSE_DB=1 with --reuse: measure again over the data a previous run loaded (its load takes long).
  [ "${BENCH_REUSE_DB:-0}" = 1 ] || bench_fresh_db "$db"
  local port
  port=$(bench_free_port)
  bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  bench_harness liaison --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --app-pid="$BENCH_APP_PID" --out="$out" "$@" | tee "$out/stdout.txt"
  bench_stop_app
  {
    echo "## liaison — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run liaison $*\`"
    echo
    cat "$out/machine.md"
    echo
    cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/liaison-latest"
  bench_log "results in $out (summary.md, results.csv, explain.txt, app.log)"
}
