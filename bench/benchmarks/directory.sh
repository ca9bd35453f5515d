# summary: the directory list and name search with 100,000 persons, HTTP beside raw SQL
# Options (passed on to the harness): --persons=100000 --threads=4,16 --warmup=5 --seconds=10
#   --global-warmup=30 --experiments=true --seed=2026

bench_main() {
  local db=${BENCH_DB:-lvzhi_bench}
  local out
  out="$BENCH_ROOT/bench/results/directory-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  bench_java
  bench_build
  bench_fresh_db "$db"
  local port
  port=$(bench_free_port)
  bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  bench_harness directory --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --app-pid="$BENCH_APP_PID" --out="$out" "$@" | tee "$out/stdout.txt"
  bench_stop_app
  {
    echo "## directory — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run directory $*\`"
    echo
    cat "$out/machine.md"
    echo
    cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/directory-latest"
  bench_log "results in $out (summary.md, results.csv, explain.txt, app.log)"
}
