# summary: online petitions through the public form beside raw inserts, and the duplicate check (SimilarPetitions) over 1,000,000 petitions, HTTP beside the same SQL and comparison
# Options (passed on to the harness): --petitions=1000000 --from-year=<5 years ago> --threads=4,16 --warmup=5 --seconds=10
#   --global-warmup=10 --queries=200 --similar-budget=600 --seed=2026

bench_main() {
  local db=${BENCH_PETITIONS_DB:-lvzhi_bench_petitions}
  # The form allows 3 petitions per address and hour, and every bench client is 127.0.0.1; a network may
  # send 4 times that (lvzhi.abuse.network-factor), so stay below 2^31 / 4.
  export LVZHI_PETITIONS_ONLINEPERHOUR=${LVZHI_PETITIONS_ONLINEPERHOUR:-100000000}
  # The browser's proof of work is the visitor's cost, not the server's (which checks one hash at any
  # difficulty): at 0 the harness does not spend the shared cores on it.
  export LVZHI_ABUSE_POWDIFFICULTY=${LVZHI_ABUSE_POWDIFFICULTY:-0}
  # The duplicate check holds every candidate of three years in memory at once.
  BENCH_APP_JAVA_OPTS=${BENCH_APP_JAVA_OPTS_PETITIONS:--Xms2g -Xmx2g}
  local out
  out="$BENCH_ROOT/bench/results/petitions-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  bench_java
  bench_build
  bench_fresh_db "$db"
  local port
  port=$(bench_free_port)
  bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  echo "- app settings: LVZHI_PETITIONS_ONLINEPERHOUR=$LVZHI_PETITIONS_ONLINEPERHOUR, LVZHI_ABUSE_POWDIFFICULTY=$LVZHI_ABUSE_POWDIFFICULTY" >>"$out/machine.md"
  bench_harness petitions --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --out="$out" "$@" | tee "$out/stdout.txt"
  bench_stop_app
  {
    echo "## petitions — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run petitions $*\`"
    echo
    cat "$out/machine.md"
    echo
    cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/petitions-latest"
  bench_log "results in $out (summary.md, results.csv, explain.txt, stdout.txt, app.log)"
}
