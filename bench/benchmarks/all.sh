# summary: every benchmark one after the other (--quick: small sizes, about 15 minutes on 2 cores), then one table of HTTP/raw ratios against the performance targets
# Options: --quick (the small sizes below; without it each benchmark runs at its full default size)
#   --only=name,name (a subset)  --skip=name,name
# Writes bench/results/all-<UTC time>/summary.md (the machine and the table) and prints the table.

# The quick size of each benchmark, in the order they run. Sizes are chosen so that each run, its
# app start and its data load included, takes one to two minutes on 2 cores.
bench_all_quick_options() {
  case $1 in
    startup) echo "" ;;
    liaison) echo "--opinions=100000 --stations=10000 --cities=20 --years=2 --threads=4,16 --warmup=2 --seconds=3 --global-warmup=10" ;;
    legislation) echo "--texts=100 --threads=4,16 --warmup=2 --seconds=3 --global-warmup=5" ;;
    evaluation) echo "--raters=100 --departments=40 --tasks=101 --threads=4,16 --duplicates=20" ;;
    petitions) echo "--petitions=5000 --threads=4,16 --warmup=2 --seconds=3 --global-warmup=5 --queries=5 --similar-budget=5" ;;
    questionnaires) echo "--responses=2000 --threads=4,16 --warmup=2 --seconds=3 --global-warmup=5 --queries=5 --results-budget=5" ;;
    directory) echo "--threads=4,16 --warmup=2 --seconds=3 --global-warmup=10 --experiments=false" ;;
    suggestions) echo "--suggestions=20000 --only=list,similar,search --threads=4,16 --warmup=2 --seconds=3 --global-warmup=10" ;;
    inspections) echo "--years=3 --inspections=500 --threads=4,16 --warmup=2 --seconds=3 --global-warmup=5" ;;
    meetings) echo "--members=60 --items=10 --rounds=2" ;;
    *) echo "" ;;
  esac
}

BENCH_ALL_ORDER="startup liaison legislation evaluation petitions questionnaires directory suggestions inspections meetings"

bench_all_member() {
  local name=$1 list=$2
  [[ ",$list," == *",$name,"* ]]
}

bench_main() {
  local quick=0 only="" skip="" a
  for a in "$@"; do
    case $a in
      --quick) quick=1 ;;
      --only=*) only=${a#--only=} ;;
      --skip=*) skip=${a#--skip=} ;;
      *) echo "unknown option: $a (see bench/benchmarks/all.sh)" >&2; return 2 ;;
    esac
  done
  local stamp out
  stamp=$(date -u +%Y%m%dT%H%M%SZ)
  out="$BENCH_ROOT/bench/results/all-$stamp"
  mkdir -p "$out"
  bench_java
  bench_build
  bench_machine >"$out/machine.md"
  # A loaded machine starts the app slowly; the single runs' own default is 180 s.
  export BENCH_START_TIMEOUT=${BENCH_START_TIMEOUT:-420}
  local started=$SECONDS name opts runs="" t0 status
  for name in $BENCH_ALL_ORDER; do
    [ -f "$BENCH_ROOT/bench/benchmarks/$name.sh" ] || continue
    if [ -n "$only" ] && ! bench_all_member "$name" "$only"; then continue; fi
    if [ -n "$skip" ] && bench_all_member "$name" "$skip"; then continue; fi
    opts=""
    [ "$quick" = 1 ] && opts=$(bench_all_quick_options "$name")
    bench_log "=== $name $opts"
    t0=$SECONDS
    # shellcheck disable=SC2086
    if BENCH_SKIP_BUILD=1 "$BENCH_ROOT/bench/run" "$name" $opts >"$out/$name.log" 2>&1; then
      status=ok
    else
      status=failed
      tail -n 20 "$out/$name.log" >&2
    fi
    bench_log "=== $name $status after $((SECONDS - t0)) s"
    runs="$runs$name:$status:$((SECONDS - t0)):$(readlink "$BENCH_ROOT/bench/results/$name-latest" 2>/dev/null || true)"$'\n'
  done
  printf '%s' "$runs" >"$out/runs.txt"
  bench_log "all benchmarks done after $((SECONDS - started)) s"
  bench_harness summary --results="$BENCH_ROOT/bench/results" --runs="$out/runs.txt" \
    --title="bench/run all $*" --seconds=$((SECONDS - started)) --machine="$out/machine.md" --out="$out" | tee "$out/stdout.txt"
  ln -sfn "$(basename "$out")" "$BENCH_ROOT/bench/results/all-latest"
  bench_log "table in $out/summary.md"
}
