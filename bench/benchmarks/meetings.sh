# summary: a standing committee sitting voting: 60 members casting 20 ballots each at the same moment through HTTP, beside the same inserts by JDBC; checks that every ballot is counted once
# Options (passed on to the harness): --members=60 --items=20 --rounds=3 --secret-every=2 --seed=2026

bench_main() {
  local db=${BENCH_DB:-lvzhi_bench_meetings}
  local out
  out="$BENCH_ROOT/bench/results/meetings-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  bench_java
  bench_build
  bench_fresh_db "$db"
  local port
  port=$(bench_free_port)
  bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  bench_harness meetings --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --out="$out" "$@" | tee "$out/stdout.txt"
  bench_stop_app
  {
    echo "## meetings — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run meetings $*\`"
    echo
    cat "$out/machine.md"
    echo
    cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/meetings-latest"
  bench_log "results in $out (summary.md, results.csv, stdout.txt, app.log)"
}
