# summary: 1,000,000 suggestions: full-text search, filtered list and similar-suggestion lookup through HTTP beside raw Lucene and raw SQL
# Options (passed on to the harness): --suggestions=1000000 --threads=4,16 --similar-threads=1,4 --warmup=5
#   --seconds=10 --global-warmup=20 --seed=2026
# Settings: BENCH_SUGG_DB (database, default lvzhi_bench_sugg), BENCH_SUGG_REUSE=1 (measure the database and index
# of an earlier run again, without loading or rebuilding), BENCH_SUGG_INDEX_DIR (the app's lvzhi.search.directory, default /tmp/lvzhi-bench-sugg-index,
# emptied at the start of each run).

bench_main() {
  local db=${BENCH_DB:-${BENCH_SUGG_DB:-lvzhi_bench_sugg}}
  local out
  out="$BENCH_ROOT/bench/results/suggestions-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  local index=${BENCH_SUGG_INDEX_DIR:-/tmp/lvzhi-bench-sugg-index}
  if [ "${BENCH_SUGG_REUSE:-0}" != 1 ]; then
    rm -rf "$index"
  fi
  mkdir -p "$index"
  # The administrator who starts the index rebuild (not measured) signs in with its password alone;
  # on a server database administrators otherwise must enrol a second factor first.
  export LVZHI_ACCOUNTS_TOTPREQUIREDROLES=${LVZHI_ACCOUNTS_TOTPREQUIREDROLES:-NONE}
  # Every bench client is 127.0.0.1, one address: the API's per-address budget would stop the search-json
  # scenario after its first 600 calls of a minute.
  export LVZHI_API_STAFF_REQUESTS_PER_MINUTE=${LVZHI_API_STAFF_REQUESTS_PER_MINUTE:-100000000}
  bench_java
  bench_build
  if [ "${BENCH_SUGG_REUSE:-0}" = 1 ]; then
    bench_log "reusing database $db and index $index (--reuse=true)"
  else
    bench_fresh_db "$db"
  fi
  local port
  port=$(bench_free_port)
  LVZHI_SEARCH_DIRECTORY="$index" LVZHI_SEARCH_REBUILDTHREADS="${BENCH_SUGG_REBUILD_THREADS:-2}" bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  local started=$SECONDS
  local status=0
  bench_harness suggestions --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --index-dir="$index" --app-pid="$BENCH_APP_PID" --out="$out" \
    $( [ "${BENCH_SUGG_REUSE:-0}" = 1 ] && echo --reuse=true ) "$@" | tee "$out/stdout.txt" || status=$?
  bench_stop_app
  {
    echo "## suggestions — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run suggestions $*\` ($(( (SECONDS - started) / 60 )) min after the app started)"
    echo
    cat "$out/machine.md"
    echo "- index folder: $index ($(du -sh "$index" | cut -f1))"
    echo
    [ -f "$out/results.md" ] && cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/suggestions-latest"
  bench_log "results in $out (summary.md, results.csv, explain.txt, app.log, app-search.jfr)"
  return "$status"
}
