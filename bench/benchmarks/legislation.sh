# summary: the law library: the 2,762-text corpus parsed in the harness and imported through the admin folder import, public full-text search through HTTP beside raw Lucene, public comments through HTTP beside raw JDBC inserts
# Options (passed on to the harness): --corpus=/work/shared/corpus/laws --threads=4,16 --seconds=10 --warmup=5
# Settings: BENCH_LEG_INDEX_DIR (the app's lvzhi.search.directory, default /tmp/lvzhi-bench-leg-index, emptied first).
# The app runs with lvzhi.legislation.comments-per-hour raised: every request of the run comes from one address.

bench_main() {
  local db=${BENCH_DB:-lvzhi_bench_leg}
  local out
  out="$BENCH_ROOT/bench/results/legislation-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  local index=${BENCH_LEG_INDEX_DIR:-/tmp/lvzhi-bench-leg-index}
  rm -rf "$index"
  mkdir -p "$index"
  bench_java
  bench_build
  bench_fresh_db "$db"
  local port
  port=$(bench_free_port)
  # The browser's proof of work is the visitor's cost, not the server's (one hash at any difficulty). On a
  # server database administrators must enrol a second factor first; the bench's administrator only starts
  # the folder import, which is not a measured path (as in petitions.sh).
  LVZHI_SEARCH_DIRECTORY="$index" LVZHI_LEGISLATION_COMMENTSPERHOUR=100000000 LVZHI_ABUSE_POWDIFFICULTY=0 \
    LVZHI_ACCOUNTS_TOTPREQUIREDROLES=NONE \
    bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  local started=$SECONDS
  local status=0
  bench_harness legislation --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --index-dir="$index" --out="$out" "$@" | tee "$out/stdout.txt" || status=$?
  local load_end
  load_end=$(cut -d' ' -f1-3 /proc/loadavg)
  bench_stop_app
  {
    echo "## legislation — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run legislation $*\` ($(( (SECONDS - started) / 60 )) min after the app started)"
    echo
    cat "$out/machine.md"
    echo "- load average at the end: $load_end"
    echo "- index folder: $index ($(du -sh "$index" | cut -f1))"
    echo
    [ -f "$out/results.md" ] && cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/legislation-latest"
  bench_log "results in $out (summary.md, results.csv, stdout.txt, app.log)"
  return "$status"
}
