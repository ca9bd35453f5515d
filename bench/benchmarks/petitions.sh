# summary: online petitions through the public form beside raw inserts, the admin's rebuild of the petition index, and the duplicate check (SimilarPetitions) over 1,000,000 petitions, HTTP beside the same check raw, its database part and the old full-window comparison
# Options (passed on to the harness): --petitions=1000000 --from-year=<5 years ago> --threads=4,16 --warmup=5 --seconds=10
#   --global-warmup=10 --queries=200 --similar-budget=600 --seed=2026
# Settings: BENCH_PETITIONS_DB (database), BENCH_PETITIONS_INDEX_DIR (the app's lvzhi.search.directory, default
# /tmp/lvzhi-bench-petitions-index, emptied at the start of each run), BENCH_PETITIONS_REBUILD_THREADS (default 2).

bench_main() {
  local db=${BENCH_DB:-${BENCH_PETITIONS_DB:-lvzhi_bench_petitions}}
  # The form allows 3 petitions per address and hour, and every bench client is 127.0.0.1; a network may
  # send 4 times that (lvzhi.abuse.network-factor), so stay below 2^31 / 4.
  export LVZHI_PETITIONS_ONLINEPERHOUR=${LVZHI_PETITIONS_ONLINEPERHOUR:-100000000}
  # The browser's proof of work is the visitor's cost, not the server's (which checks one hash at any
  # difficulty): at 0 the harness does not spend the shared cores on it.
  export LVZHI_ABUSE_POWDIFFICULTY=${LVZHI_ABUSE_POWDIFFICULTY:-0}
  # On a server database administrators must enrol a second factor (TOTP) before anything else; the
  # bench's administrator only starts the index rebuild, which is not measured, so it signs in with
  # its password alone (lvzhi.accounts.totp-required-roles). The office's account never needs one.
  export LVZHI_ACCOUNTS_TOTPREQUIREDROLES=${LVZHI_ACCOUNTS_TOTPREQUIREDROLES:-NONE}
  # The index rebuild reads every petition in one statement (the driver holds the whole result).
  BENCH_APP_JAVA_OPTS=${BENCH_APP_JAVA_OPTS_PETITIONS:--Xms2g -Xmx2g}
  local out
  out="$BENCH_ROOT/bench/results/petitions-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  local index=${BENCH_PETITIONS_INDEX_DIR:-/tmp/lvzhi-bench-petitions-index}
  rm -rf "$index"
  mkdir -p "$index"
  bench_java
  bench_build
  bench_fresh_db "$db"
  local port
  port=$(bench_free_port)
  LVZHI_SEARCH_DIRECTORY="$index" LVZHI_SEARCH_REBUILDTHREADS="${BENCH_PETITIONS_REBUILD_THREADS:-2}" \
    bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  echo "- app settings: LVZHI_PETITIONS_ONLINEPERHOUR=$LVZHI_PETITIONS_ONLINEPERHOUR, LVZHI_ABUSE_POWDIFFICULTY=$LVZHI_ABUSE_POWDIFFICULTY, LVZHI_ACCOUNTS_TOTPREQUIREDROLES=$LVZHI_ACCOUNTS_TOTPREQUIREDROLES" >>"$out/machine.md"
  bench_harness petitions --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --index-dir="$index" --app-pid="$BENCH_APP_PID" --out="$out" "$@" | tee "$out/stdout.txt"
  bench_stop_app
  {
    echo "## petitions — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run petitions $*\`"
    echo
    cat "$out/machine.md"
    echo "- load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- index folder: $index ($(du -sh "$index" | cut -f1))"
    echo
    cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/petitions-latest"
  bench_log "results in $out (summary.md, results.csv, explain.txt, stdout.txt, app.log)"
}
