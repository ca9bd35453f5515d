# summary: questionnaire answers through the public form beside raw inserts, and the results page at 100,000 responses (all, filtered, public), HTTP beside the same SQL
# Options (passed on to the harness): --responses=100000 --threads=4,16 --warmup=5 --seconds=10 --global-warmup=10
#   --queries=100 --results-budget=180 --seed=2026

bench_main() {
  local db=${BENCH_DB:-${BENCH_QUESTIONNAIRES_DB:-lvzhi_bench_questionnaires}}
  # The form takes 30 answers per address and hour, and every bench client is 127.0.0.1; a network may
  # send 4 times that (lvzhi.abuse.network-factor), so stay below 2^31 / 4.
  export LVZHI_PARTICIPATION_ANSWERSPERHOUR=${LVZHI_PARTICIPATION_ANSWERSPERHOUR:-100000000}
  # The browser's proof of work is the respondent's cost, not the server's (which checks one hash at any
  # difficulty): at 0 the harness does not spend the shared cores on it.
  export LVZHI_ABUSE_POWDIFFICULTY=${LVZHI_ABUSE_POWDIFFICULTY:-0}
  local out
  out="$BENCH_ROOT/bench/results/questionnaires-$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  bench_java
  bench_build
  bench_fresh_db "$db"
  local port
  port=$(bench_free_port)
  bench_start_app "$db" "$port" "$out/app.log"
  bench_machine >"$out/machine.md"
  echo "- app settings: LVZHI_PARTICIPATION_ANSWERSPERHOUR=$LVZHI_PARTICIPATION_ANSWERSPERHOUR, LVZHI_ABUSE_POWDIFFICULTY=$LVZHI_ABUSE_POWDIFFICULTY" >>"$out/machine.md"
  bench_harness questionnaires --base-url="http://127.0.0.1:$port" \
    --jdbc-url="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" --jdbc-user="$BENCH_PG_USER" \
    --out="$out" "$@" | tee "$out/stdout.txt"
  bench_stop_app
  {
    echo "## questionnaires — $(date -u '+%Y-%m-%d')"
    echo
    echo "Command: \`bench/run questionnaires $*\`"
    echo
    cat "$out/machine.md"
    echo
    cat "$out/results.md"
  } >"$out/summary.md"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/questionnaires-latest"
  bench_log "results in $out (summary.md, results.csv, explain.txt, stdout.txt, app.log)"
}
