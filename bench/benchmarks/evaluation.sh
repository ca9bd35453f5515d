# summary: satisfaction evaluation: 1,000 raters × 40 departments × 101 key tasks submitted at once through HTTP beside raw JDBC inserts, every ballot counted
# Options (passed on to the harness): --raters=1000 --departments=40 --tasks=101 --threads=4,16 --duplicates=100

bench_main() {
  local db=${BENCH_DB:-lvzhi_bench_eval}
  local out
  out="$BENCH_ROOT/bench/results/evaluation-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  bench_java
  bench_build
  bench_fresh_db "$db"
  local port
  port=$(bench_free_port)
  bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  local started=$SECONDS
  local status=0
  bench_harness evaluation --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --out="$out" "$@" | tee "$out/stdout.txt" || status=$?
  bench_stop_app
  {
    echo "## evaluation — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run evaluation $*\` ($(( (SECONDS - started) / 60 )) min after the app started)"
    echo
    cat "$out/machine.md"
    echo
    [ -f "$out/results.md" ] && cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/evaluation-latest"
  bench_log "results in $out (summary.md, stdout.txt, app.log)"
  return "$status"
}
